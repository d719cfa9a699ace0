f()
f(a)
f(a,)
f(a, b)
f(a=1)
f(a, b=1, c=2)
f(*a)
f(**k)
f(*a, **k)
f(a, *b)
f(a, *b, **c)
f(a, b=1, *c, **d)
f(a, *b, c=1)
f(a, *b, c=1, **d)
f(b=1, *c)
f(x for x in y)
f((x for x in y), 1)
f(lambda: 1, lambda x, *y, **z: x)
f(a if b else c, not d)
f(*(a, b))
f(**{'a': 1})
a.b(c).d[e](f)
def g(a, b=(1, 2), c=[3], *d, **e): pass
def h((a, b), (c, (d, e)) = ((1, 2), (3, (4, 5)))): pass
def i(((a))): pass
def j((a,), ((b), c)): pass
lambda (a, b): a
lambda a=1, **k: k
lambda *a: a
lambda: (yield)
