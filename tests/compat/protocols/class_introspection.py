# Class attributes: __dict__ (a dictproxy), __name__ (assignable), __doc__,
# __module__, mro(), __subclasses__(), __bases__, instance __dict__/__class__.
class A(object):
    "doc of A"
    x = 1
    def m(self):
        pass
class B(A):
    pass
class C(A):
    __slots__ = ()
print type(A.__dict__).__name__, sorted(A.__dict__.keys()), A.__dict__["x"], "m" in A.__dict__
print A.__doc__, B.__doc__, A.__module__, A.__name__, B.__bases__
print [k.__name__ for k in B.mro()], [k.__name__ for k in A.__subclasses__()]
print sorted(C.__dict__.keys()), hasattr(C(), "__dict__")
b = B()
b.y = 2
print b.__dict__, b.__class__ is B, type(b) is B
b.__dict__ = {"z": 3}
print b.z, hasattr(b, "y")
try:
    b.__dict__ = 5
except TypeError as e:
    print e
class Other(A):
    pass
b.__class__ = Other
print type(b).__name__
try:
    b.__class__ = int
except TypeError as e:
    print e
B.__name__ = "Renamed"
print B, B.__name__
try:
    B.__name__ = 5
except TypeError as e:
    print e
try:
    A.__dict__["x"] = 2
except TypeError as e:
    print e
A.y = 10
print b.y, B.y
del A.y
print hasattr(b, "y")
try:
    int.x = 1
except TypeError as e:
    print e
print object.__subclasses__ is not None, int.__subclasses__()[:1]
