# Metaclasses: __metaclass__ attribute, type() calls, __new__/__init__ of metaclass.
class Meta(type):
    def __new__(mcs, name, bases, ns):
        print "Meta.__new__", name, sorted(k for k in ns if not k.startswith("__"))
        ns["added"] = name.lower()
        return type.__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print "Meta.__init__", name
        super(Meta, cls).__init__(name, bases, ns)
    def __call__(cls, *a):
        print "Meta.__call__", a
        return type.__call__(cls, *a)
class A(object):
    __metaclass__ = Meta
    def m(self):
        return 1
class B(A):
    pass
print A.added, B.added, type(A).__name__, type(B).__name__, isinstance(A, Meta)
b = B()
print type(b).__name__
def fmeta(name, bases, ns):
    print "function metaclass", name, bases
    return 42
class X:
    __metaclass__ = fmeta
print X
