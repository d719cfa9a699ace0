# Comparing a non-ASCII str with unicode warns on stderr and answers unequal.
a = "\xe9"
b = u"\xe9"
print a == b
print a != b
for i in range(2):
    print "caf\xc3\xa9" == u"caf\xe9"
print "abc" == u"abc", "x" < u"y"
