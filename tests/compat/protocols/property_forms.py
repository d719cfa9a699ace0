# property: decorator chains, docs, read-only/undeletable errors, subclassing
# property, and properties overridden in subclasses.
class A(object):
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
    @x.deleter
    def x(self):
        print "deleting x"
    ro = property(lambda self: "ro")
    y = property(doc="only doc")
a = A()
a.x = 5
print a.x, A.x.__doc__, A.y.__doc__, type(A.x).__name__, A.x.fget.__name__
del a.x
for f in [lambda: setattr(a, "ro", 1), lambda: delattr(a, "ro"), lambda: a.y]:
    try:
        f()
    except AttributeError as e:
        print e
class Cached(property):
    def __get__(self, obj, cls):
        if obj is None:
            return self
        return "cached:" + str(property.__get__(self, obj, cls))
class B(object):
    @Cached
    def v(self):
        return 42
print B().v, type(B.v).__name__, isinstance(B.v, property)
class C(A):
    @property
    def x(self):
        return "C.x over %s" % A.x.fget(self)
c = C()
print c.x
try:
    c.x = 1
except AttributeError as e:
    print e
p = property(lambda s: 1, None, None, "doc p")
print p.__doc__, p.fset, property().fget
class D(object):
    __slots__ = ("_v",)
    v = property(lambda self: self._v, lambda self, val: setattr(self, "_v", val))
d = D()
d.v = 9
print d.v
