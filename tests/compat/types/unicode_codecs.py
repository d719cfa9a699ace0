# unicode encode/decode across codecs and error handlers, with 2.7's error texts.
texts = [u"abc", u"caf\xe9", u"\u20ac", u"\U0001f600", u"\xe9\xe8x\u20ac", u"tab\there"]
for t in texts:
    for c in ["ascii", "latin-1", "utf-8", "UTF8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "unicode_escape"]:
        try:
            print repr(t), c, repr(t.encode(c))
        except UnicodeError as e:
            print repr(t), c, type(e).__name__, e, e.start, e.end, repr(e.reason)
for h in ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace"]:
    try:
        print h, repr(u"a\xe9\u20acb".encode("ascii", h)), repr(u"\U0001f600".encode("latin-1", h))
    except UnicodeError as e:
        print h, e
blobs = ["abc", "caf\xc3\xa9", "\xff", "\xc3", "\xe2\x82x", "\xf0\x90\x80", "\xed\xa0\x80", "a\xffb"]
for b in blobs:
    for c in ["ascii", "utf-8", "latin-1"]:
        for h in ["strict", "replace", "ignore"]:
            try:
                print repr(b), c, h, repr(b.decode(c, h))
            except UnicodeError as e:
                print repr(b), c, h, e
print repr("\xff\xfea\x00b\x00".decode("utf-16")), repr("a\x00".decode("utf-16-le")), repr("\\u20ac\\n".decode("unicode_escape"))
print repr(unicode("caf\xc3\xa9", "utf-8")), repr(unicode("\xe9", "latin-1")), repr(unicode("\xe9", errors="replace"))
print repr(u"abc".encode("hex")), repr("616263".decode("hex")), repr("abc".encode("base64"))
try:
    u"x".encode("nope")
except LookupError as e:
    print "LookupError", e
try:
    "\xe9".encode("utf-8")
except UnicodeDecodeError as e:
    print "UnicodeDecodeError", e, e.encoding, e.start, e.end, repr(e.object)
