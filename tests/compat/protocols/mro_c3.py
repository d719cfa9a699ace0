# C3 method resolution order of new-style classes, and depth-first for old-style.
class X(object): x = 'X'
class Y(X): pass
class Z(X): x = 'Z'
class W(Y, Z): pass
print W().x, [c.__name__ for c in W.__mro__], [c.__name__ for c in W.mro()]
class Xo: x = 'X'
class Yo(Xo): pass
class Zo(Xo): x = 'Z'
class Wo(Yo, Zo): pass
print Wo().x
class A(object): pass
class B(object): pass
class C(A, B): pass
class D(B, A): pass
try:
    class E(C, D): pass
except TypeError as e:
    print e
class O(object): pass
class F(O): pass
class G(O): pass
class H(F, G): pass
class K(G, F): pass
print [c.__name__ for c in H.__mro__], [c.__name__ for c in K.__mro__]
try:
    class Dup(A, A): pass
except TypeError as e:
    print e
