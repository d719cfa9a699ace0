# print statement forms: parenthesized tuples, expressions, %, unicode ascii, trailing commas.
print (1, 2)
print(1)
print ("a" "b")
print 1, (2, 3), [4], {5: 6}
print "%s-%s" % (1, 2), "%d%%" % 10
print u"ascii unicode", [u"x"]
print "a",; print "b",; print
print 1.0, 1L, -0.0, 1e100, 2 ** 64, True, None
print "trailing comma then exit",
