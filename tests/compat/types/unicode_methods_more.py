# More unicode methods: whitespace and line breaks beyond ASCII, digraph title case, numeric predicates, errors.
s = u"  a\u3000b\u2003c\x1cd\x85e  "
print repr(s.split()), repr(s.rsplit(None, 1)), repr(s.strip()), repr(u"a\u2028b\u2029c\x0bd\x1ee".splitlines(True))
print repr(u"\u01c4a \u01c6b \u01c5c".title()), repr(u"\u01c6".upper()), repr(u"\u01c5".lower()), u"\u01c5a".istitle()
print u"\u0661\u0662".isdecimal(), u"\xb2".isdigit(), u"\xb2".isdecimal(), u"\u2155".isnumeric(), u"\u2155".isdigit()
print u"abc\u0301".isalpha(), u"a1\u0661".isalnum(), u"".isspace(), u"\u3000\u2028".isspace(), u"ABC\u0130".isupper()
print repr(u"-\u0661".zfill(4)), repr(u"\u20ac\t|".expandtabs(4)), repr(u"a\u2014b\u2014c".partition(u"\u2014"))
print repr(u"a\u2014b\u2014c".rpartition(u"\u2014")), repr(u"x".join([u"\xe9", "a"])), repr(u"\xe9" * 3)
print u"caf\xe9".find(u"\xe9"), u"caf\xe9".count(u"f\xe9"), u"caf\xe9".startswith(("x", u"ca")), u"ab".endswith(u"", 5)
print repr(u"abc".translate({ord(u"a"): u"\u03b1\u03b1", ord(u"c"): None})), repr(u"aXb".lower()), repr(u"\xff".upper())
print repr(u"hello world".capitalize()), repr(u"HELLO".swapcase()), repr(u"\xe9t\xe9".title()), repr(u"a".center(4, u"\u2022"))
def compare():
    return "\xff" == u"\xff", "\xff" != u"\xff", "x" == u"x"
print compare(), compare()
for f in [lambda: u"a".translate({97: 1.5}), lambda: u"a".translate({97: 0x110000}), lambda: u"a".center(3, u"ab"),
          lambda: u"a".split(u""), lambda: u"a".index(u"b"), lambda: u"a".zfill(u"3"), lambda: u"a".join([1]),
          lambda: u"a".encode("utf-8", "bogus") + u"\udc80".encode("ascii", "bogus"), lambda: u"\xe9" < "\xe9",
          lambda: u"a".startswith(["a"]), lambda: u"%s %s" % (u"a",), lambda: u"%(a)s" % (1,)]:
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e
