# super() in single and diamond inheritance follows the MRO.
class A(object):
    def f(self):
        return ["A"]
class B(A):
    def f(self):
        return ["B"] + super(B, self).f()
class C(A):
    def f(self):
        return ["C"] + super(C, self).f()
class D(B, C):
    def f(self):
        return ["D"] + super(D, self).f()
print D().f(), B().f()
class P(object):
    def __init__(self, x):
        self.x = x
class Q(P):
    def __init__(self):
        super(Q, self).__init__(10)
print Q().x
class M(object):
    @classmethod
    def who(cls):
        return cls.__name__
class N(M):
    @classmethod
    def who(cls):
        return "N>" + super(N, cls).who()
print N.who()
try:
    super(B, A()).f()
except TypeError as e:
    print e
print super(D, D()).f()
