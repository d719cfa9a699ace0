# __import__ argument parsing, format() with a bad __format__ result, and a
# unicode __repr__ (encoded with the default encoding, as 2.7 does).
def t(label, f):
    try:
        r = f()
        print label, type(r).__name__, getattr(r, "__name__", r)
    except Exception as e:
        print label, type(e).__name__, e
t("u'os'", lambda: __import__(u"os"))
t("name=", lambda: __import__(name="os"))
t("foo=", lambda: __import__("os", foo=1))
t("1", lambda: __import__(1))
t("None", lambda: __import__(None))
t("''", lambda: __import__(""))
t("'os..path'", lambda: __import__("os..path"))
t("level='x'", lambda: __import__("os", level="x"))
t("6 args", lambda: __import__("os", {}, {}, [], 0, 1))
class F(object):
    def __format__(self, spec):
        return 5
t("format(F())", lambda: format(F()))
t("'{}'.format(F())", lambda: "{}".format(F()))
t("format(1, 2)", lambda: format(1, 2))
class R(object):
    def __repr__(self):
        return u"abc"
class R2(object):
    def __repr__(self):
        return u"\xe9"
t("repr(R())", lambda: repr(R()))
t("str(R())", lambda: str(R()))
t("repr(R2())", lambda: repr(R2()))
t("'%r' % R()", lambda: "%r" % R())
