# *args and **kwargs in definitions and calls, keyword-only-free 2.7 rules.
def f(a, b=2, *args, **kw):
    return a, b, args, sorted(kw.items())
print f(1)
print f(1, 3, 4, 5)
print f(1, x=9, b=7)
print f(*[1, 2, 3])
print f(1, *(2, 3), **{'z': 1})
print f(**{'a': 10, 'b': 20})
def g(*args):
    return args
print g(), g(1), g(*"abc"), g(*xrange(3))
def h(**kw):
    return kw
print h(), h(a=1), h(**{'b': 2})
print h(red=0, green=1, blue=2, cyan=3, magenta=4, yellow=5)
print dict(red=0, green=1, blue=2, cyan=3, magenta=4, yellow=5)
def kwfirst(x, *a, **k):
    return x, a, k
print kwfirst(1, 2, 3, k=4)
