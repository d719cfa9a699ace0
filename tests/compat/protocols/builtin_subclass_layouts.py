# Subclasses of float, long, unicode, complex, tuple and str: instances of the
# subclass (with an instance dict), arithmetic falling back to the base.
class F(float):
    def half(self): return self / 2
class L(long): pass
class U(unicode): pass
class C(complex): pass
class T(tuple): pass
class S(str): pass
f = F(3.0); l = L(5); u = U(u"ab"); c = C(1, 2); t = T([1, 2]); s = S("x")
print type(f).__name__, f, f.half(), type(l).__name__, l, type(u).__name__, u, type(c).__name__, c, type(t).__name__, t, type(s).__name__, s
f.attr = 1; u.attr = 2; t.attr = 3; s.attr = 4
print f.attr, u.attr, t.attr, s.attr, f + 1, l * 2, u + u"c", t + (3,), s * 2
