# Exact TypeError messages for calls with wrong arguments.
def none(): pass
def one(a): pass
def two(a, b): pass
def dflt(a, b=1): pass
def star(a, *r): pass
def kw(a, **k): pass
class C(object):
    def m(self, x): pass
    def __init__(self, a): pass
calls = [lambda: none(1), lambda: one(), lambda: one(1, 2), lambda: two(1), lambda: dflt(),
         lambda: dflt(1, 2, 3), lambda: star(), lambda: one(b=1), lambda: one(1, a=2),
         lambda: kw(1, 2), lambda: two(1, c=3), lambda: C(1).m(), lambda: C(1).m(1, 2),
         lambda: C(), lambda: C(1, 2), lambda: one(*5), lambda: one(**5), lambda: len(),
         lambda: len(1, 2), lambda: none(**{'x': 1}), lambda: one(1, **{'a': 2}),
         lambda: dflt(b=2), lambda: (lambda: 0)(1), lambda: [].append(), lambda: {}.get(1, 2, 3),
         lambda: abs(1, 2), lambda: int("1", "2", 3), lambda: isinstance(1), lambda: one(**{1: 2})]
for c in calls:
    try:
        c()
    except TypeError as e:
        print e
