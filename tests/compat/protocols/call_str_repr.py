# __call__, __str__, __repr__, __unicode__ and their use by print, str, %, format.
class X(object):
    def __call__(self, *a, **k):
        return "called %r %r" % (a, sorted(k.items()))
    def __str__(self):
        return "X-str"
    def __repr__(self):
        return "X-repr"
    def __unicode__(self):
        return u"X-unicode"
x = X()
print x(1, k=2), x, str(x), repr(x), [x], "%s %r" % (x, x), "{} {!r}".format(x, x), unicode(x)
class OnlyRepr(object):
    def __repr__(self):
        return "R!"
print OnlyRepr(), str(OnlyRepr()), "%s" % OnlyRepr()
class BadStr(object):
    def __str__(self):
        return 5
try:
    str(BadStr())
except TypeError as e:
    print e
class Fmt(object):
    def __format__(self, spec):
        return "fmt[%s]" % spec
print format(Fmt(), "xy"), "{0:abc}".format(Fmt()), "{0}".format(Fmt())
