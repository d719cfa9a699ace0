# unicode.format, format() with unicode specs, and __format__ of builtin and user types.
class F(object):
    def __format__(self, spec):
        return "F<" + spec + ">"
class N(object):
    def __str__(self):
        return "N!"
print repr(u"{0}-{1}".format("a", u"b")), repr(u"{0:>4}|{1:<4}|".format(u"\xe9", "b")), repr(u"{0!r}".format(u"\xe9"))
print repr(u"{:\xb7^7}".format(u"mid")), repr(u"{:.3}".format(3.14159)), repr(u"{:d}".format(5)), repr(u"{}".format("x"))
print repr(format(u"x", "^5")), repr(format("x", u"^5")), repr(format(1.5, u"")), repr(format(10, u"x"))
print repr(format(F(), "abc")), repr("{0:xyz}".format(F())), repr(u"{0:q}".format(F())), repr(format(N(), ">4"))
print repr(format(N())), repr(format(None, "^6")), repr(format(True)), repr(format(True, "d")), repr(format(3.0))
print repr("{0}".format(N())), repr("{0!s:>3}".format(1)), repr(u"{0[0]}{0[1]}".format(u"xy")), repr("a".__format__(""))
for expr, f in [
    ('format(1, 2)', lambda: format(1, 2)),
    ("format(u'a', 'd')", lambda: format(u'a', 'd')),
    ("'{0}'.format(u'\\xe9')", lambda: '{0}'.format(u'\xe9')),
    ("u'{0}'.format('\\xe9')", lambda: u'{0}'.format('\xe9')),
    ("format('a', '=5')", lambda: format('a', '=5')),
    ("format(u'a', '+')", lambda: format(u'a', '+')),
    ("u'{'.format()", lambda: u'{'.format()),
    ("format(1, 'z')", lambda: format(1, 'z')),
]:
    try:
        print expr, repr(f())
    except Exception as e:
        print expr, type(e).__name__, e
