# Class vs instance attributes, __dict__, __name__, __module__, __doc__, __bases__.
class Base(object):
    "Base doc"
    shared = []
    def __init__(self, v):
        self.v = v
class Derived(Base):
    pass
a, b = Derived(1), Derived(2)
a.shared.append(1)
print b.shared, Base.shared, a.v, b.v, sorted(a.__dict__), Derived.__name__, Derived.__module__
print Base.__doc__, Derived.__doc__, Derived.__bases__, Base.__bases__, Derived.__base__
a.shared = "own"
print a.shared, b.shared, "shared" in Base.__dict__, "shared" in Derived.__dict__
Derived.new_attr = 5
print a.new_attr, hasattr(Base, "new_attr")
print type(Base.__dict__).__name__, a.__class__ is Derived, a.__class__.__name__
