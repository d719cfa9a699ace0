# Old-style instances: special methods found on the instance or through
# __getattr__, comparisons and hashing, iteration, numbers, attributes.
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "V(%r)" % self.v
    def __add__(self, o):
        return V(self.v + getattr(o, "v", o))
    __radd__ = __add__
    def __neg__(self):
        return V(-self.v)
    def __len__(self):
        return self.v
    def __getitem__(self, i):
        if i >= self.v:
            raise IndexError(i)
        return i
print V(1) == V(1), V(1) != V(2), V(1) < V(2), sorted([V(3), V(1)]), V(1) + 2, 3 + V(1), -V(4)
print len(V(3)), list(V(3)), 2 in V(3), bool(V(0)), V(2)[1]
try:
    hash(V(1))
except TypeError as e:
    print e
class H:
    pass
print hash(H()) is not None, H() == H()
class Dyn:
    def __getattr__(self, name):
        if name == "__repr__":
            return lambda: "dynamic repr"
        if name == "__call__":
            return lambda *a: ("called", a)
        raise AttributeError(name)
d = Dyn()
print repr(d), d(1, 2)
try:
    d.missing
except AttributeError as e:
    print e
class C:
    x = 1
c = C()
c.__dict__["y"] = 2
print c.y, sorted(c.__dict__), C.__dict__["x"], C.__name__, C.__module__
C.z = 3
print c.z, getattr(c, "nope", "default"), hasattr(C, "x")
del C.z
try:
    del C.z
except AttributeError as e:
    print e
class Num:
    def __int__(self):
        return 3
    def __float__(self):
        return 1.5
    def __index__(self):
        return 1
print int(Num()), float(Num()), [10, 20][Num()]
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def next(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print list(It()), sum(It())
class Setter:
    def __setattr__(self, k, v):
        self.__dict__[k] = v * 2
    def __delattr__(self, k):
        print "delattr", k
s = Setter()
s.a = 4
del s.a
print s.a
