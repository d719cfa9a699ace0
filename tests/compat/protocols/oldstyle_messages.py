# Old-style classes: reprs, missing attributes and special methods, and the
# messages of section 9 of the facts file.
class A:
    "old doc"
    def __init__(self, v):
        self.v = v
a = A(1)
print type(A), type(a), A.__bases__, a.__class__, str(A), A.__doc__
print repr(A).startswith("<class __main__.A at 0x"), repr(a).startswith("<__main__.A instance at 0x")
print isinstance(a, object), issubclass(A, object), isinstance(a, A)
for f in [lambda: a.missing, lambda: A.missing, lambda: len(a), lambda: a(), lambda: a[0],
          lambda: a + 1, lambda: iter(a), lambda: -a]:
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
class G:
    def __getattr__(self, name):
        if name == "__len__":
            return lambda: 42
        raise AttributeError(name)
print len(G())
class S:
    def __str__(self):
        return "S-str"
print S(), "%s" % S(), str(S())
s = S()
s.__len__ = lambda: 7
print len(s)
class R:
    def __init__(self):
        return 5
try:
    R()
except TypeError as e:
    print e
try:
    A(1, 2)
except TypeError as e:
    print e
class N:
    pass
try:
    N(1)
except TypeError as e:
    print e
class X: x = 'X'
class Y(X): pass
class Z(X): x = 'Z'
class W(Y, Z): pass
print W().x, W.x
try:
    class Bad(A, 5): pass
except TypeError as e:
    print e
