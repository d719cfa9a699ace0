# staticmethod and classmethod called via class, instance and subclass.
class A(object):
    count = 0
    @staticmethod
    def s(x):
        return "static %s" % x
    @classmethod
    def c(cls, x):
        return "class %s %s" % (cls.__name__, x)
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
class B(A):
    pass
print A.s(1), A().s(2), A.c(3), A().c(4), B.c(5), B().s(6)
print type(A.make()).__name__, type(B.make()).__name__, A.count, B.count
print type(A.__dict__['s']).__name__, type(A.__dict__['c']).__name__
print staticmethod(len).__func__("abc"), classmethod(len).__func__ is len
