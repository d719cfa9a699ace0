# __str__ returning unicode, str/unicode subclasses, dunder methods of str and unicode.
class A(object):
    def __str__(self):
        return u"x"
class B(object):
    def __str__(self):
        return u"\xe9"
class C(str):
    def __str__(self):
        return "C-str"
class D(unicode):
    def __repr__(self):
        return "D!"
def show(f):
    try:
        r = f()
        print type(r).__name__, repr(r)
    except Exception as e:
        print type(e).__name__, e
for f in [lambda: str(A()), lambda: str(B()), lambda: "%s" % A(), lambda: "%s" % B(), lambda: unicode(A()), lambda: unicode(B()),
          lambda: "{0}".format(A()), lambda: u"{0}".format(B()), lambda: str(C("v")), lambda: "%s" % C("v"), lambda: repr(D(u"q")),
          lambda: D(u"q") + u"r", lambda: u"".join([D(u"a")]), lambda: type(u""), lambda: {"a": 1}[u"a"], lambda: len(set([u"a", "a"])),
          lambda: str.join(",", ["a", "b"]), lambda: unicode.upper(u"a"), lambda: u"a".__class__, lambda: "ab".__len__(),
          lambda: u"ab".__contains__(u"a"), lambda: "abc".__getitem__(1), lambda: u"x".__add__(u"y"), lambda: "x".__mul__(3),
          lambda: u"%(k)s" % {u"k": 1}, lambda: "%s %s" % (A(), B()), lambda: format(A(), ""), lambda: u"x".__mod__(()),
          lambda: "a".__hash__() == hash("a"), lambda: u"a".__eq__("a"), lambda: "a".__lt__("b"), lambda: cmp(u"a", "b"), lambda: u"ab".__getslice__(0, 1)]:
    show(f)
print A(), u"\u20ac".encode("utf-8")
