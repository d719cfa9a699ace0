# __class__, __dict__ on classes, __name__ reassignment, class-level __module__.
class A(object):
    x = 1
a = A()
print a.__class__.__name__, A.__module__, type(A.__dict__).__name__, "x" in A.__dict__
a.__class__ = type("B", (object,), {"y": 2})
print type(a).__name__, a.y
A.__name__ = "Renamed"
print A.__name__, A
try:
    a.__class__ = 5
except TypeError as e:
    print e
