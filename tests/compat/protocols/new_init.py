# __new__ and __init__: order, arguments, returning other types, immutable subclasses.
class A(object):
    def __new__(cls, *args):
        print "new", cls.__name__, args
        return object.__new__(cls)
    def __init__(self, *args):
        print "init", args
a = A(1, 2)
class B(object):
    def __new__(cls):
        return 42
    def __init__(self):
        print "never"
print B()
class Up(str):
    def __new__(cls, s):
        return str.__new__(cls, s.upper())
u = Up("abc")
print u, type(u).__name__, isinstance(u, str), u + "d", len(u)
class Pt(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Pt(3, 4)
print p, p.x, p[1], type(p).__name__
class I(int):
    def __init__(self, v):
        print "I init", v
print I(7) + 1
class BadInit(object):
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print e
try:
    object(1)
except TypeError as e:
    print e
