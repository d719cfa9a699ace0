# Smaller 2.7 details of builtin functions: filter() keeping str/unicode/tuple
# types, map/zip/reduce errors, next() with a Python next(), coerce, sum,
# ord, callable, hex/oct results, unicode attribute names, pow with 3 args.
class S(str):
    def __getitem__(self, i):
        return str.__getitem__(self, i) * 2
class T(tuple):
    def __getitem__(self, i):
        return tuple.__getitem__(self, i) + 1
class U(unicode):
    pass
def t(label, f):
    try:
        r = f()
        print label, type(r).__name__, repr(r)
    except Exception as e:
        print label, type(e).__name__, e
t("filter str", lambda: filter(None, "a\x00b"))
t("filter S", lambda: filter(None, S("ab")))
t("filter S fn", lambda: filter(lambda c: c != "bb", S("ab")))
t("filter unicode", lambda: filter(lambda c: c > u"x", u"xyz"))
t("filter U", lambda: filter(None, U(u"xy")))
t("filter T", lambda: filter(None, T((0, 1, -1))))
t("filter tuple", lambda: filter(None, (0, 1, 2)))
t("map(None, 1)", lambda: map(None, 1))
t("map(str, 1)", lambda: map(str, 1))
t("map(None, [1], 2)", lambda: map(None, [1], 2))
t("zip([1], 2)", lambda: zip([1], 2))
class Bad(object):
    def __iter__(self):
        raise ValueError("bad iter")
t("zip(Bad())", lambda: zip(Bad()))
t("map(len, Bad())", lambda: map(len, Bad()))
t("reduce(None, Bad())", lambda: reduce(None, Bad()))
t("reduce(None, 1)", lambda: reduce(None, 1))
class N(object):
    def next(self):
        raise StopIteration("done")
t("next(N())", lambda: next(N()))
t("next(N(), 3)", lambda: next(N(), 3))
t("coerce(None, None)", lambda: coerce(None, None))
t("coerce('a', 'b')", lambda: coerce("a", "b"))
t("coerce([], [])", lambda: coerce([], []))
t("coerce(set(), set())", lambda: coerce(set(), set()))
t("coerce(1, 2.5)", lambda: coerce(1, 2.5))
t("sum unicode", lambda: sum([u"a"], u""))
t("ord bytearray", lambda: ord(bytearray("a")))
t("ord bytearray 2", lambda: ord(bytearray("ab")))
class Old:
    pass
class OldCall:
    def __call__(self):
        pass
t("callable(Old())", lambda: callable(Old()))
t("callable(OldCall())", lambda: callable(OldCall()))
class HX(object):
    def __hex__(self):
        return 5
    def __oct__(self):
        return u"7"
t("hex(HX())", lambda: hex(HX()))
t("oct(HX())", lambda: oct(HX()))
class A(object):
    pass
a = A()
t("setattr unicode", lambda: (setattr(a, u"z", 2), a.z))
t("getattr unicode", lambda: getattr(a, u"z"))
t("hasattr unicode", lambda: hasattr(a, u"z"))
t("getattr non-ascii", lambda: getattr(a, u"\xe9"))
t("pow(2, 10.0, 3)", lambda: pow(2, 10.0, 3))
t("pow(2, 10, 3.0)", lambda: pow(2, 10, 3.0))
t("hash(slice)", lambda: hash(slice(1)))
t("slice.indices(-1)", lambda: slice(1, 2).indices(-1))
t("slice.indices(-7)", lambda: slice(None, None, -1).indices(-7))
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 42
    def __subclasscheck__(cls, sub):
        return sub is int
class M(object):
    __metaclass__ = Meta
t("isinstance(42, M)", lambda: isinstance(42, M))
t("isinstance(41, (M, str))", lambda: isinstance(41, (M, str)))
t("issubclass(int, M)", lambda: issubclass(int, M))
t("3 in Old()", lambda: 3 in Old())
t("int(Old())", lambda: int(Old()))
t("long(Old())", lambda: long(Old()))
t("[1][Old()]", lambda: [1][Old()])
t("'ab' * Old()", lambda: "ab" * Old())
t("reversed([1, 2]) hint", lambda: reversed([1, 2]).__length_hint__())
t("enumerate(iterable=)", lambda: enumerate(iterable="ab"))
class L1(object):
    def __len__(self):
        return 3.0
class L2(object):
    def __len__(self):
        return "x"
class L3(object):
    def __len__(self):
        return 2 ** 70
t("len float", lambda: len(L1()))
t("len str", lambda: len(L2()))
t("len huge", lambda: len(L3()))
