# dict() constructor forms and the orders they produce.
print dict(), dict({}), dict([("a", 1), ("b", 2)]), dict(a=1, b=2), dict([("a", 1)], b=2)
print dict(zip("abcdef", range(6))), dict(zip(range(6), "abcdef"))
print dict(((i, str(i)) for i in range(8))), dict({1: 2}.items())
base = {"x": 1, "y": 2, "z": 3}
print dict(base, w=0), dict(base, x=10), dict(**base)
class M(object):
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
print dict(M())
print dict([["a", 1], "bc", ("d", 4)])
