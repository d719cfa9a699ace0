# Arithmetic operator methods, reflected variants and in-place fallbacks.
class V(object):
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V%r" % (self.c,)
    def __add__(self, o):
        return V(*[a + b for a, b in zip(self.c, o.c)])
    def __sub__(self, o):
        return V(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return V(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __div__(self, k):
        return V(*[a / k for a in self.c])
    def __truediv__(self, k):
        return "truediv"
    def __floordiv__(self, k):
        return "floordiv"
    def __mod__(self, k):
        return "mod"
    def __pow__(self, k, m=None):
        return "pow %s %s" % (k, m)
    def __lshift__(self, k):
        return "lshift"
    def __and__(self, k):
        return "and"
    def __invert__(self):
        return "invert"
    def __iadd__(self, o):
        return "iadd"
a, b = V(1, 2), V(3, 4)
print a + b, a - b, a * 3, 3 * a, -a, +a, abs(V(3, 4)), a / 2, a // 2, a % 2, a ** 2, pow(a, 2, 5), a << 1, a & 1, ~a
c = a
c += b
print c
d = a
d -= b
print d
try:
    a + 1
except AttributeError as e:
    print e
try:
    1 - a
except TypeError as e:
    print e
