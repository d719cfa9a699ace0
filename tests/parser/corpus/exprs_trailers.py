a.b.c(d)[e]
f(a, b=1, *c, **d)
f(*c, b=1)
f(**k)
f(x for x in y)
f(a)(b)[c][d:e]
x[1:2, 3]
x[1,]
x[a:b:]
x[::]
x[:]
x[...]
x[. . .]
x[..., 1:2]
x[1:2:3, ::, :]
d = {}
d = {a: b, c: d,}
s = {a, b,}
[x for x in y if z]
[x for x in 1, 2]
[x for x in lambda: y]
[(a, b) for a in c for b in d if a if b]
{a: b for a, b in c}
{a for a in c}
(x for x in y)
(yield)
[]
()
(a,)
[a, b,]
