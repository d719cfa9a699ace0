# sys.setdefaultencoding after reload(sys): argument errors, the name kept as given, latin-1 conversions.
import sys
try:
    sys.setdefaultencoding("utf-8")
except AttributeError as e:
    print "AttributeError:", e
reload(sys)
for bad in (1, None, "no-such-codec"):
    try:
        sys.setdefaultencoding(bad)
    except (TypeError, LookupError) as e:
        print type(e).__name__, e
print sys.getdefaultencoding()
sys.setdefaultencoding("Latin-1")
print sys.getdefaultencoding()
s = "caf\xe9"
u = s + u"!"
print repr(u), repr(str(u"\xff")), repr(unicode("\xe9")), s == u"caf\xe9", "\xe9" in u"\xe9t\xe9"
print repr(u"x".join(["\xe0", "b"])), repr("%s-%s" % ("\xe8", u"y")), repr(u"\xe9".encode()), repr("\xe9".decode())
try:
    str(u"\u20ac")
except UnicodeEncodeError as e:
    print e
sys.setdefaultencoding("ascii")
try:
    s + u"!"
except UnicodeDecodeError as e:
    print e
sys.setdefaultencoding("UTF8")
print sys.getdefaultencoding(), repr(u"\u20ac".encode()), repr(str(u"\xe9"))
try:
    unicode("\xff")
except UnicodeDecodeError as e:
    print e
