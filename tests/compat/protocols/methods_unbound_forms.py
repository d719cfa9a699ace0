# Unbound and bound methods of new-style and old-style classes: reprs,
# im_class, calling with the wrong first argument, classmethod/staticmethod.
class A(object):
    def m(self):
        return "A.m"
    @classmethod
    def c(cls):
        return "c of %s" % cls.__name__
    @staticmethod
    def s(x):
        return "s %s" % x
class O:
    def m(self):
        return "O.m"
class P:
    pass
print A.m, O.m, A.m.im_class, O.m.im_class, A.c, A.c.im_self, A.s.__name__
print A.m(A()), O.m(O()), A.c(), A().c(), A.s(1), A().s(2)
for f, arg in [(A.m, 5), (O.m, 5), (O.m, P()), (A.m, O()), (O.m, A())]:
    try:
        f(arg)
    except TypeError as e:
        print e
try:
    O.m()
except TypeError as e:
    print e
print type(A.__dict__["c"]).__name__, type(A.__dict__["s"]).__name__, A.__dict__["s"].__func__(3)
print A.__dict__["c"].__get__(None, A)(), A.__dict__["m"].__get__(None, A)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class B(object):
    f = sm
    g = cm
print B.f("abc"), B().g(), B.g()
try:
    staticmethod()
except TypeError as e:
    print e
class Sub(A):
    pass
print Sub.c(), Sub.m.im_class.__name__, Sub().m.im_class.__name__
