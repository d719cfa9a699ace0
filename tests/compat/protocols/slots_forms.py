# __slots__: strings vs sequences, inheritance, __dict__ in slots, errors.
class P(object):
    __slots__ = "x"
class Q(P):
    __slots__ = ("y", "z")
class R(Q):
    pass
q = Q()
q.x, q.y = 1, 2
print q.x, q.y, hasattr(q, "z"), hasattr(q, "__dict__"), type(Q.y).__name__
r = R()
r.w = 5
print r.w, r.__dict__
class WithDict(object):
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print w.a, w.__dict__
class Private(object):
    __slots__ = ("__p",)
    def set(self, v):
        self.__p = v
        return self.__p
print Private().set(3), sorted(k for k in Private.__dict__ if "p" in k)
for slots in [(1,), ("a b",), ("x", "x")]:
    try:
        class Bad(object):
            __slots__ = slots
        print "created", Bad.__name__
    except (TypeError, ValueError) as e:
        print type(e).__name__, e
try:
    class Conflict(object):
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print e
try:
    class T(tuple):
        __slots__ = ("a",)
except TypeError as e:
    print e
class T2(tuple):
    __slots__ = ()
print T2((1, 2)), hasattr(T2((1,)), "__dict__")
try:
    del Q().y
except AttributeError as e:
    print e
