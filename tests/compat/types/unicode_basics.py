# unicode: literals, repr escapes, len, methods, mixing with str.
u = u"caf\xe9 \u20ac \U0001f600"
print repr(u), len(u), repr(u[3]), repr(u[-1])
print repr(u"it's"), repr(u'say "x"'), repr(u"\n\t\x00\x7f\xa0")
print [u"abc", "d"], (u"\xe9",)
print type(u"a" + "b"), type("%s" % u"x"), type("a".join([u"b", "c"])), u"a" == "a"
print u"Hello".upper(), u"ABC".lower(), u"a,b".split(u","), u" x ".strip(), u"abc".find(u"c")
print u"abc".encode("ascii"), repr(u"\xe9".encode("utf-8")), repr(u"\xe9".encode("latin-1"))
print repr("\xc3\xa9".decode("utf-8")), repr(unicode("abc")), repr(unicode(5)), repr(unichr(233))
print u"abc".isalpha(), u"123".isdigit(), u"123".isnumeric(), u"12".isdecimal(), u"\u0663".isdigit()
print hash(u"hello") == hash("hello"), hash(u"\xe9") == hash("\xe9"), ord(u"\U0001f600")
print repr(u"%s-%d" % (u"a", 3)), repr(u"{0}".format(1)), repr(u"x" * 3)
