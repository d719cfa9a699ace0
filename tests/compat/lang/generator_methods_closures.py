# Generator methods (__iter__), *args/**kw and tuple parameters, closures inside generator bodies, bare return.
class Tree(object):
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for i in self.items:
            yield i
    def pairs(self, *args, **kw):
        for a in args:
            yield a, kw.get(a)
print list(Tree([1, 2, 3])), list(Tree([]).pairs('a', 'b', a=1))
def outer(n):
    def gen(m, (p, q)=(0, 0)):
        total = p + q
        for i in range(m):
            f = lambda: i * n + total
            yield f()
    return gen
print list(outer(10)(3)), list(outer(1)(2, (5, 6)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print list(itertools.islice(fib(), 10)) if hasattr(itertools, 'islice') else None
g = fib()
print [next(g) for _ in range(5)]
def gen_with_return(x):
    if x:
        return
    yield 1
print list(gen_with_return(True)), list(gen_with_return(False))
print dict((k, v) for k, v in enumerate("ab")), tuple(x for x in "hi"), set(x % 3 for x in range(10)) == set([0, 1, 2])
print sorted((y for y in [3, 1, 2]), reverse=True), "-".join(str(i) for i in range(4)), max(x for x in [3, 9, 2])
