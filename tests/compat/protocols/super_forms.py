# super() with instances, classes, classmethods, staticmethod lookups,
# properties, __new__, and its errors and repr.
class A(object):
    def who(self):
        return "A.who"
    @classmethod
    def make(cls):
        return "A.make(%s)" % cls.__name__
    @staticmethod
    def st(x):
        return "A.st(%s)" % x
    @property
    def prop(self):
        return "A.prop"
    def __new__(cls, *args):
        obj = super(A, cls).__new__(cls)
        obj.created = cls.__name__
        return obj
class B(A):
    def who(self):
        return "B>" + super(B, self).who()
    @classmethod
    def make(cls):
        return "B>" + super(B, cls).make()
    @staticmethod
    def st(x):
        return "B>" + super(B, B).st(x)
    @property
    def prop(self):
        return "B>" + super(B, self).prop
class C(B):
    def __init__(self, v):
        super(C, self).__init__()
        self.v = v
c = C(1)
print c.who(), C.make(), c.make(), C.st(2), c.prop, c.created, c.v
print super(B, c).who(), super(A, c).__init__ is not None
print super(B, C).who(c), super(C, C).make()
s = super(B, c)
print repr(s).startswith("<super: <class 'B'>, <C object>>"), s.__thisclass__.__name__, s.__self__ is c
try:
    super(C, A())
except TypeError as e:
    print e
try:
    super(B, c).nothing
except AttributeError as e:
    print e
class D(object):
    def __init__(self):
        super(D, self).__init__()
try:
    class E(object):
        def __init__(self):
            super(E, self).__init__(1)
    E()
except TypeError as e:
    print e
D()
print "ok"
