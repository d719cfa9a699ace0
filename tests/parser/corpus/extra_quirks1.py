x[()]
x[a:b:c, d:e:f]
x['\N{BULLET}']
u'\777\x00\u0000\U0010ffff'
y = 0xFFFFFFFFFFFFFFFFL, -0, -0L, -0.0, -0j, - 0x8000000000000000, 1e400j, -1e400
z = 1L ** 2, 0.0j, 1e16, 1.0e-5, 0.1000000000000000055511151231257827, 07L, 0L, 00, 0e0, 0j, 00j, 09j, 09., 09.5e3
w = -0x7fffffffffffffff, -0x8000000000000001, -0o1777777777777777777777, -0b1, 0b11111111111111111111111111111111111111111111111111111111111111111
x = 1;
class A(object,): pass
def f(a, b,): pass
lambda a,: 0
f((a for a in b))
print >>sys.stderr, ("a" "b")
{a: b for a in c if d}
a if b else lambda: c
not a in b
x.None
True = 1
(a, b) = c
[a, (b, [c, d])] = e
x = a if b else(c)
x = [1, 2][0]
x = {'a': 1}['a']
x = "%s" % (a,)
x = 'a' 'b' \
    'c'
if a:
	pass
elif b:  # tab above
        pass
x = (lambda: (yield))
def g():
    x = yield a, b
    y = yield
    yield
    return
    (yield)
    z = (yield) + 1
class B:
    def f(self): return self.x
    x = property(f)
@a.b.c(d)
@e
class C(A, B): pass
try:
    pass
except:
    pass
else:
    pass
while True:
    if x: break
    else: continue
for i in range(10): print i,
print
with open('f') as (a, b): pass
exec "x" in {}
assert isinstance(x, int), "x must be int: %r" % (x,)
del x, (y, z), [w]
a = b = c = d
a.b.c = d
a[b][c] = d
a[b:c] = d
a[b:c:d] = e
a[...] = b
a[b, ...] = c
a += b
a.b -= c
a[b] *= c
a[b:c] /= d
x = `1, 2`
x = a.b(c)(d)[e].f
x = (a)(b)
x = (a).b
x = (a)[b]
x = (a, b)[c]
x = [a, b][c]
x = {a: b}[c]
x = "a".join(b)
x = 1 .real
x = 1.0.real
x = 1j.imag
x = a ** b ** c
x = -a ** -b
x = ~a ** ~b
x = a * -b
x = a - -b
x = (a +
     b) * c
x = a and (b or c)
x = (not a) == b
x = a < b < c < d
x = a if b else c if d else e if f else g
