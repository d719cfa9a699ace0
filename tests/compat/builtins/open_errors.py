# open() error messages for missing files, directories and bad modes.
for args in [("/nonexistent/x",), ("/",), ("/tmp", "r"), ("x", "q"), ("",)]:
    try:
        open(*args).read()
    except (IOError, ValueError) as e:
        print type(e).__name__, e
