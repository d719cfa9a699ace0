if a: b; c
else: d
while 1: pass
for x, in y: pass
for [a, b] in c: pass
for x.y in z: pass
for x[0] in z: pass
try: a
except (A, B) as (c, d): pass
except C, e.f: pass
except D, g[0]: pass
with a as b.c, d as e[0]: pass
with a as [b, c]: pass
del a.b, c[d], (e, [f])
del (a), [b]
a = b, = c
a, = b
a.b = c.d = e
x = `1` + `a, b`
print >> f
print >> f, a
print a,
print (a), b
exec "code"
exec code in g
assert a, (b, c)
raise A, (b, c)
global a
import a as b
from a import *
from a import (b)
from a.b.c import d as e
return_ = yield_ = 1
x = not not a
x = - - a
x = ~ + - a
x = a < b > c == d
x = a is not b not in c
x = a or b and not c or d
x = 1 if 2 else 3 if 4 else 5
x = lambda: 1 if 2 else 3
x = y[...]
x = y[1:2:3]
x = y[:, :]
x = y[1:, ...]
x = y[a, b:c, ...]
x = y[(1, 2)]
x = {}, {1}, {1: 2}, {1, 2,}, {1: 2, 3: 4,}
x = (), (1,), (1, 2), [], [1], [1, 2,]
x = 'a' 'b' u'c'
x = 0, 00, 0L, 0x0, 0o0, 0b0, 0j, 0.0, 0e0
