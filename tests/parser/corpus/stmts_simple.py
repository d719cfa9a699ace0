print
print a
print a, b,
print >>f, a, b
print >>f
print(a, b)
exec a
exec a in b
exec a in b, c
exec(a, b)
exec(a, b, c)
del a, b
del (a, b), c[1], d.e
x = y = z = 1
x += 1; y -= 2; z *= 3
a.b //= 2
a[1] **= 3
a, b = b, a
[a, b] = c
(a, (b, c)) = d
global a, b
assert x
assert x, "msg"
raise
raise E
raise E, v
raise E, v, tb
import a
import a.b.c as d, e
from a import b
from a import (b as c, d,)
from . import x
from .. a import b
from ...a.b import *
pass
