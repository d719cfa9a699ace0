# print and sys.stdout.write with ASCII unicode on a pipe, softspace, containers of unicode.
import sys
print u"plain", u"two words", 1, u"x"
print u"ends with newline\n",
print u"next"
print [u"a", u"\xe9"], (u"\u20ac",), {u"k": u"v"}
print u"a" "b", u"%s" % 5
print "%s and %s" % (u"x", "y")
print u"before write",
sys.stdout.write(u"written\n")
print u"tab end\t",
print u"after"
