# The string_escape codec (str.encode/decode) and its errors.
tests = [lambda: "a'b\"c\n\x00\xff\\".encode("string_escape"), lambda: r"a\n\x41\101\q\'".decode("string_escape"),
         lambda: r"\x4".decode("string_escape"), lambda: "abc\\".decode("string_escape"), lambda: u"ab".encode("string_escape"),
         lambda: "\t\r".encode("string-escape"), lambda: r"\t\v\a\b\f\0".decode("string_escape"), lambda: r"\xZZ".decode("string_escape")]
for f in tests:
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e
