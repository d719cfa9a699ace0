# Old-style class behaviours and error messages (no addresses printed).
class A:
    def __init__(self):
        self.v = 1
a = A()
print type(A), type(a), A, a.__class__, A.__bases__, isinstance(a, object), issubclass(A, object)
print isinstance(a, A), a.v, A.__name__, A.__module__
for f in [lambda: a.nope, lambda: A.nope, lambda: len(a), lambda: a(), lambda: a[0], lambda: iter(a), lambda: a + 1, lambda: -a]:
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
class B:
    pass
b = B()
b.__len__ = lambda: 7
print len(b)
class G:
    def __getattr__(self, name):
        if name == "__len__":
            return lambda: 3
        if name == "__str__":
            return lambda: "via getattr"
        raise AttributeError(name)
print len(G()), str(G())
class N(object):
    pass
for f in [lambda: N().nope, lambda: N.nope, lambda: len(N()), lambda: N()(), lambda: N()[0], lambda: iter(N()), lambda: N() + 1, lambda: -N()]:
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
