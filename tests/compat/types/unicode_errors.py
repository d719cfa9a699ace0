# Unicode encode/decode errors and their exact messages.
tests = [lambda: str(u"caf\xe9"), lambda: u"\xe9\xe8".encode("ascii"),
         lambda: "caf\xc3\xa9".decode("ascii"), lambda: "abc\xc3" + u"x",
         lambda: "\xff".decode("utf-8"), lambda: "\xc3".decode("utf-8"),
         lambda: u"x".encode("nope"), lambda: unicode("\x80abc"),
         lambda: u"a%s" % "\xe9"]
for t in tests:
    try:
        t()
    except Exception as e:
        print type(e).__name__ + ":", e
print repr(u"caf\xe9".encode("ascii", "replace")), repr(u"caf\xe9".encode("ascii", "ignore"))
print repr(u"caf\xe9".encode("ascii", "xmlcharrefreplace")), repr("a\xffb".decode("ascii", "replace"))
print repr(u"caf\xe9".encode("ascii", "backslashreplace"))
