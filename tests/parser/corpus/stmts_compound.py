if a:
    pass
elif b:
    pass
elif c: pass
else:
    pass
while x:
    break
else:
    continue
for a, b in c:
    pass
else:
    pass
for (a, b), c in d: pass
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (E, F), e:
    pass
except G as g:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
with a: pass
with a as b, c as (d, e):
    pass
@dec
@dec.attr(1, x=2)
@dec()
def f(a, b=1, *args, **kw):
    """Docstring."""
    yield a
    x = yield
    return
@d
class C(A, B):
    x = 1
    def m(self, ((a, b), c), (d)): pass
class D(): pass
class E: pass
def g(): return 1, 2
def h(*a): pass
def k(**k): pass
def l(a, *b, **c): pass
