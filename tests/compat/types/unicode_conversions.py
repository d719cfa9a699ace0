# unicode(), str(), unichr(), ord(), basestring, subclasses, __unicode__ and mixing rules.
class U(object):
    def __unicode__(self):
        return u"uni\xe9"
    def __str__(self):
        return "str"
class Plain(object):
    def __str__(self):
        return "plain"
class MyU(unicode):
    pass
print repr(unicode(U())), repr(str(U())), repr(unicode(Plain())), repr(unicode(5)), repr(unicode([1, u"a"]))
print repr(unicode()), repr(unicode("abc")), repr(unicode(u"x")), repr(unichr(0x20ac)), ord(u"\u20ac"), ord(u"a")
m = MyU(u"hi")
print type(m).__name__, repr(m), m == u"hi", type(m + u"x").__name__, isinstance(m, basestring), len(m)
print isinstance("a", basestring), isinstance(u"a", basestring), isinstance(1, basestring), issubclass(unicode, basestring)
print str.__mro__, unicode.__mro__, basestring.__name__
print repr(u"a" + "b"), repr("a" + u"b"), repr(u"ab" * 2), repr(3 * u"x"), u"a" == "a", u"a" != "a", u"a" < "b"
print "a" in u"abc", u"b" in "abc", u"x" in u"abc", repr(u"".join(["a", u"b"])), repr("".join([u"a", "b"]))
print hash(u"abc") == hash("abc"), hash(u"") == hash(""), {u"k": 1}["k"], {"k": 2}[u"k"], sorted([u"b", "a", u"c"])
print repr(u"abc"[1]), repr(u"abc"[-1]), repr(u"abcdef"[1:5:2]), repr(u"abc"[::-1]), list(u"ab"), len(u"\U0001f600")
print repr(str(u"ascii")), repr(u"%s" % U()), repr("%s" % U()), repr(u"{0}".format(U()))
for expr, f in [
    ("unicode('\\xe9')", lambda: unicode('\xe9')),
    ("str(u'\\xe9')", lambda: str(u'\xe9')),
    ("u'a' + 1", lambda: u'a' + 1),
    ("1 + u'a'", lambda: 1 + u'a'),
    ('unichr(-1)', lambda: unichr(-1)),
    ('unichr(0x110000)', lambda: unichr(0x110000)),
    ('unichr(1.5)', lambda: unichr(1.5)),
    ("ord(u'ab')", lambda: ord(u'ab')),
    ('ord(1)', lambda: ord(1)),
    ('basestring()', lambda: basestring()),
    ("unicode(u'a', 'utf-8')", lambda: unicode(u'a', 'utf-8')),
    ("1 in u'a'", lambda: 1 in u'a'),
    ("u'abc'[3]", lambda: u'abc'[3]),
    ("u'a' < '\\xe9'", lambda: u'a' < '\xe9'),
    ("unicode('a', 'nope')", lambda: unicode('a', 'nope')),
    ("unicode(1, 'ascii')", lambda: unicode(1, 'ascii')),
]:
    try:
        print expr, repr(f())
    except Exception as e:
        print expr, type(e).__name__, e
for f in [lambda: int(u"abc"), lambda: float(u"abc"), lambda: int(u" \u0661\u0662 "), lambda: float(u"1.5"),
          lambda: int(u"\u20ac"), lambda: float(u"\u20ac"), lambda: int(u"12", 16), lambda: long(u"99")]:
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e
