# Bound and unbound methods: calling, errors, attributes, equality.
class A(object):
    def m(self, x):
        return "m %s" % x
class B(object):
    pass
a = A()
print A.m(a, 1), a.m(2), A.m.__name__, a.m.__self__ is a, a.m.im_func is A.m.im_func, A.m.im_self
print a.m == a.m, A.m == A.m, A.m.im_class.__name__
try:
    A.m(B(), 1)
except TypeError as e:
    print e
try:
    A.m()
except TypeError as e:
    print e
f = a.m
print f(3), map(a.m, [1, 2])
