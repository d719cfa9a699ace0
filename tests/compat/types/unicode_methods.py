# unicode methods: case, search, split, strip, pad, translate, predicates.
u = u"Hello W\xf6rld \u0394\u03b5\u03bb\u03c4\u03b1"
print repr(u.upper()), repr(u.lower()), repr(u.swapcase()), repr(u.title()), repr(u.capitalize())
print u.find(u"W"), u.count(u"l"), u.startswith(u"He"), u.endswith(u"\u03b1"), u.index(u"\xf6"), u.rfind(u"l")
print repr(u.split()), repr(u.rsplit(u" ", 1)), repr(u.partition(u" ")), repr(u"a\nb\r\nc".splitlines())
print repr(u"  x  ".strip()), repr(u"xxyxx".strip(u"x")), repr(u"ab".center(6, u"\xb7")), repr(u"7".zfill(3))
print repr(u"abc".translate({97: u"A", 98: None, 99: 0x3b1})), repr(u"a-b".replace(u"-", u"\u2014"))
print u"\u0663".isdigit(), u"\u00bd".isnumeric(), u"\u00bd".isdigit(), u"\u2160".isnumeric(), u"abc".isidentifier() if hasattr(u"", "isidentifier") else "n/a"
print u"\xe9".isalpha(), u"\u2003".isspace(), u"\u01c5".istitle(), u"\xdf".upper() == u"\xdf", repr(u"\xdf".upper())
print repr(u",".join([u"a", "b"])), repr(u"abc"[::-1]), repr(u"%s|%5s|%-5s|" % (u"\xe9", u"x", "y"))
print repr(u"abc".encode("utf-16")), repr(u"\u20ac".encode("utf-8")), repr("\xe2\x82\xac".decode("utf-8"))
