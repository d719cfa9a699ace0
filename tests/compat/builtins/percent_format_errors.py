# %-formatting error messages.
cases = [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(k)s", {}), ("%(k)s", 5), ("%z", 1),
         ("%c", 1000), ("%c", "ab"), ("%d", None), ("%x", 1.5j), ("%", ()), ("%.2f", "x"), ("%*d", ("a", 1))]
for fmt, args in cases:
    try:
        print repr(fmt % args)
    except Exception as e:
        print repr(fmt), type(e).__name__, e
