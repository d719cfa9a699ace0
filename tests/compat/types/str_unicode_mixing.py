# Mixing str and unicode: results are unicode; ascii decoding of the str part.
print repr("a" + u"b"), repr(u"a" + "b"), repr("%s" % u"x"), repr("%s %s" % ("a", u"b")), repr("-".join(["a", u"b"]))
print repr(u"x" * 2), repr("ab".replace("a", u"A")), repr("a,b".split(u",")), repr(str(u"ascii"))
print "a" in u"abc", u"a" in "abc", u"abc" == "abc", hash(u"abc") == hash("abc"), {u"k": 1}["k"]
print repr(u"a".join("bc")), repr("%r" % u"\xe9"), repr(unicode("x") + "y"), repr("abc".decode("ascii"))
print repr(u"%d items" % 3), repr(u"{0}-{1}".format("a", u"b")), repr("{0}".format(u"x"))
