# __getitem__/__setitem__/__delitem__ with ints, slices and tuples; __missing__.
class C(object):
    def __init__(self):
        self.log = []
    def __getitem__(self, k):
        return ("get", k)
    def __setitem__(self, k, v):
        print "set", k, v
    def __delitem__(self, k):
        print "del", k
c = C()
print c[1], c["a"], c[1:2], c[::2], c[1, 2], c[...]
c[0] = 1
c[1:3] = [5]
del c[4]
del c[:]
class D(dict):
    def __missing__(self, k):
        return "missing " + str(k)
d = D(a=1)
print d["a"], d["b"], d.get("b"), "b" in d, d
class OldSlice:
    def __len__(self):
        return 10
    def __getslice__(self, i, j):
        return ("getslice", i, j)
    def __getitem__(self, k):
        return ("getitem", k)
o = OldSlice()
print o[1:2], o[1:], o[:-1], o[::1], o[1]
