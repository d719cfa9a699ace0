# divmod/pow hooks, reflected forms, three-argument pow, in-place operators and fallbacks.
class N(object):
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "N(%r)" % (self.v,)
    def __divmod__(self, o):
        return ("divmod", self.v, o)
    def __rdivmod__(self, o):
        return ("rdivmod", o, self.v)
    def __pow__(self, e, m=None):
        return ("pow", self.v, e, m)
    def __rpow__(self, b):
        return ("rpow", b, self.v)
    def __ipow__(self, e):
        return N(self.v ** e)
    def __imul__(self, k):
        self.v *= k
        return self
    def __ior__(self, o):
        return "ior"
    def __rshift__(self, k):
        return N(self.v >> k)
    def __rlshift__(self, k):
        return ("rlshift", k)
    def __xor__(self, o):
        return N(self.v ^ o)
    __rxor__ = __xor__
print divmod(N(7), 2), divmod(7, N(2)), N(2) ** 3, pow(N(2), 3, 5), 2 ** N(3), pow(2, N(3))
x = N(3)
x **= 2
print x
x *= 4
print x
x |= 1
print x
print N(16) >> 2, 1 << N(0), N(5) ^ 1, 1 ^ N(5)
try:
    pow(2, N(3), 5)
except TypeError as e:
    print e
