# New-style classes with old-style bases: the classic bases (depth first) sit
# in __mro__, attributes are found through them, isinstance/issubclass agree.
class A:
    x = 'A.x'
    def who(self): return 'A'
class B(A): pass
class Z:
    def who(self): return 'Z'
    z = 'Z.z'
class C(B, object): pass
class D(C): pass
class E(B, Z, object): pass
class F(object, Z): pass
print issubclass(C, A), issubclass(C, B), issubclass(D, A), issubclass(C, object), isinstance(C(), A), isinstance(D(), B)
print issubclass(A, object), isinstance(A(), object), issubclass(C, (int, A)), issubclass(D, Z), isinstance(E(), Z)
for k in (C, D, E, F):
    print k.__name__, [c.__name__ for c in k.__mro__]
print D.x, D().x, D().who(), E().who(), E.z, F().who()
A.x = 'changed'
print D.x, D().x
class G(E):
    def who(self): return 'G>' + super(G, self).who()
print G().who()
try:
    class H(A, B, object): pass
except TypeError as e:
    print 'TypeError', str(e).splitlines()[1]  # the bases it names come in hash order
