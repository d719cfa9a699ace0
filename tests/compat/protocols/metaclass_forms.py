# Metaclasses: module-level __metaclass__, type(name, bases, dict) with
# methods, metaclass methods and attributes visible on classes, inheritance
# of the metaclass, conflicts.
__metaclass__ = type
class Plain:
    pass
print type(Plain), Plain.__bases__, isinstance(Plain(), object)
def hello(self):
    return "hello from %s" % type(self).__name__
T = type("T", (object,), {"hello": hello, "x": 5})
print T, T.__name__, T().hello(), T.x, T.__module__
U = type("U", (T,), {})
print U.__mro__, U().hello()
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        type.__init__(cls, name, bases, ns)
        Registry.classes.append(name)
    def describe(cls):
        return "class %s" % cls.__name__
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class Base(object):
    __metaclass__ = Registry
class Child(Base):
    pass
print Registry.classes, Child.describe(), Child.upper_name, type(Child).__name__
try:
    Child().describe()
except AttributeError as e:
    print e
class M1(type): pass
class M2(type): pass
class A(object): __metaclass__ = M1
class B(object): __metaclass__ = M2
try:
    class C(A, B): pass
except TypeError as e:
    print e
print type("V", (), {}).__bases__
try:
    type("W", (5,), {})
except TypeError as e:
    print e
try:
    type(1, 2)
except TypeError as e:
    print e
class Counted(type):
    def __call__(cls, *args):
        inst = super(Counted, cls).__call__(*args)
        inst.counted = True
        return inst
class Thing(object):
    __metaclass__ = Counted
    def __init__(self, v):
        self.v = v
t = Thing(3)
print t.v, t.counted
