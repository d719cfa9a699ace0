# __slots__ restricts attributes; no __dict__; slot descriptors.
class P(object):
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
p = P()
print p.x, hasattr(p, "__dict__"), hasattr(p, "y"), P.__slots__, type(P.x).__name__
try:
    p.z = 3
except AttributeError as e:
    print e
try:
    p.y
except AttributeError as e:
    print e
p.y = 2
print p.y
del p.y
print hasattr(p, "y")
class Q(P):
    pass
q = Q()
q.z = 5
print q.z, hasattr(q, "__dict__")
class W(object):
    __slots__ = ["a", "__dict__"]
w = W()
w.a = 1
w.b = 2
print w.a, w.b, sorted(w.__dict__)
