# Cooperative __init__ through super() with multiple inheritance.
class Base(object):
    def __init__(self, **kw):
        print "Base", sorted(kw)
class A(Base):
    def __init__(self, a=None, **kw):
        print "A", a
        super(A, self).__init__(**kw)
class B(Base):
    def __init__(self, b=None, **kw):
        print "B", b
        super(B, self).__init__(**kw)
class C(A, B):
    def __init__(self, **kw):
        print "C"
        super(C, self).__init__(**kw)
C(a=1, b=2)
print [k.__name__ for k in C.__mro__]
class M1(object):
    def hello(self):
        return "M1"
class M2(object):
    def hello(self):
        return "M2"
    def only2(self):
        return "only in M2"
class Both(M1, M2):
    pass
print Both().hello(), Both().only2()
