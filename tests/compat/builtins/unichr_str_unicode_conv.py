# str(), unicode(), int(), float(), long(), list(), tuple(), dict(), set() as converters.
print str(1), str(1L), str(1.0), str([1, 'a']), str((1,)), str(None), str(u"ascii"), str("x")
print repr(unicode(1)), repr(unicode("abc")), repr(unicode("caf\xc3\xa9", "utf-8")), repr(unicode(u"x"))
print list("ab"), tuple([1]), dict([(1, 2)]), dict(a=1), set("aa"), frozenset(), dict({1: 2}, b=3)
print bool(), int(), long(), float(), complex(), str(), repr(unicode()), list(), tuple(), dict(), set()
