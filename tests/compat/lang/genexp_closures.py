# Generator expressions: closures, class bodies, lazy evaluation, first iterable evaluated eagerly.
def make(k):
    return (x + k for x in range(3))
print list(make(10))

def late():
    k = 1
    g = (x * k for x in range(3))
    k = 100
    return list(g)
print late()

class C(object):
    items = [1, 2, 3]
    total = sum(x for x in items)
    doubled = list(x * 2 for x in items)
print C.total, C.doubled

def cells():
    fs = list((lambda y=x: y * 2) for x in range(3))
    return [f() for f in fs]
print cells()

try:
    g = (x for x in 5)
except TypeError as e:
    print "eager:", e

g = (1 / x for x in [1, 0])
print next(g)
try:
    next(g)
except ZeroDivisionError as e:
    print "lazy:", e

nested = list((i, j) for i in range(3) for j in range(i) if (i + j) % 2)
print nested
print sorted(set(c for c in "hello world" if c != " "))
print dict((k, v) for k, v in zip("abc", range(3)))
print max(len(w) for w in "a bb ccc".split()), any(x > 2 for x in [1, 2, 3]), all(x for x in [])
g = (x for x in range(2))
print type(g).__name__, iter(g) is g, g.next(), list(g)
x = "outer"
print list(x for x in "ab"), x
