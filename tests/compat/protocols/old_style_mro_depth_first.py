# Old-style classic classes resolve attributes depth-first, left to right.
class A:
    def who(self):
        return "A"
class B(A):
    pass
class C(A):
    def who(self):
        return "C"
class D(B, C):
    pass
print D().who()
class B2(object):
    pass
class Mixed(A, B2):
    pass
print type(Mixed).__name__, Mixed().who(), [k.__name__ for k in Mixed.__mro__]
