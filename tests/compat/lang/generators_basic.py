# Generator functions: laziness, StopIteration, return without value, reuse.
def gen(n):
    print "start"
    for i in range(n):
        print "yielding", i
        yield i
    print "end"
g = gen(2)
print "created"
print g.next()
print next(g)
try:
    next(g)
except StopIteration:
    print "StopIteration"
print list(gen(0))
def early():
    yield 1
    return
    yield 2
print list(early())
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print [next(f) for _ in range(10)]
print type(gen(1)).__name__, hasattr(g, 'send'), g.__name__
def infinite_nums():
    n = 0
    while 1:
        yield n
        n += 1
import itertools
print list(itertools.islice(infinite_nums(), 3, 8))
