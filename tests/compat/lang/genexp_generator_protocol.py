# Generator expressions as generator objects: send/throw/close, re-entry, exceptions, captured targets.
g = (x * 2 for x in range(5))
print next(g), g.send(None), g.next()
try:
    g.send(1)
    print "send after start ok"
except TypeError as e:
    print "TypeError", e
g2 = (x for x in range(3))
try:
    g2.send(5)
except TypeError as e:
    print "TypeError", e
print list(g2)
g3 = (x for x in range(3))
next(g3)
try:
    g3.throw(KeyError("k"))
except KeyError as e:
    print "thrown out", e
print list(g3)
g4 = (x for x in range(3))
next(g4)
g4.close()
print list(g4), g4.gi_running
def selfref():
    return next(h)
h = (selfref() for x in range(2))
try:
    next(h)
except ValueError as e:
    print "ValueError", e
bad = (10 / x for x in [5, 0, 2])
print next(bad)
try:
    next(bad)
except ZeroDivisionError as e:
    print "ZeroDivisionError", e
print list(bad)
fs = list((lambda: x) for x in range(3))
print [f() for f in fs]
fs2 = [(lambda: x) for x in range(3)]
print [f() for f in fs2]
keep = ((y if x else [y for y in "ab"][0]) for x in [0, 1, 1])
print list(keep)
print sum(x * y for x in range(4) for y in range(x)), list(x for x in [] if x)
def stopper(x):
    if x == 2:
        raise StopIteration
    return x
print list(stopper(x) for x in range(5))
it = iter([1, 2, 3])
gen = (v * 10 for v in it)
print next(gen), next(it), list(gen)
