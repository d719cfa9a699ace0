# The reload(sys); sys.setdefaultencoding('utf-8') hack changes implicit str/unicode conversions.
import sys
print hasattr(sys, "setdefaultencoding"), sys.getdefaultencoding()
reload(sys)
sys.setdefaultencoding("utf-8")
print sys.getdefaultencoding()
s = "caf\xc3\xa9"
u = s + u"!"
print repr(u), len(u), repr(str(u"\xe9")), s == u"caf\xe9", repr(unicode(s))
print u"caf\xe9"
print "%s" % u"\u20ac", repr("%s|%s" % (s, u"x"))
