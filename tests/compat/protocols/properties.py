# property with getter, setter, deleter, docstring; read-only errors.
class C(object):
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x"
        print "get x"
        return self._x
    @x.setter
    def x(self, v):
        print "set x", v
        self._x = v
    @x.deleter
    def x(self):
        print "del x"
        self._x = None
    y = property(lambda self: self._x * 2)
c = C()
c.x = 5
print c.x, c.y, C.x.__doc__, type(C.x).__name__
del c.x
print c._x
try:
    c.y = 1
except AttributeError as e:
    print e
try:
    del c.y
except AttributeError as e:
    print e
class Sub(C):
    @property
    def y(self):
        return "overridden"
print Sub().y
