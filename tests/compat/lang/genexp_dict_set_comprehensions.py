# Generator expressions, dict and set comprehensions; their variables do not leak.
g = (x * 2 for x in range(4))
print type(g).__name__, list(g), list(g)
print sum(x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"])
print {k: v for k, v in [("a", 1), ("b", 2)]}, {x % 3 for x in range(10)}
print {str(i): i for i in range(12)}
y = "outer"
d = {y: 1 for y in "xy"}
print y, sorted(d)
print dict((i, i * i) for i in range(4)), set(c for c in "hello")
def order():
    log = []
    def f(x):
        log.append(x)
        return x
    {f('k'): f('v')}
    {f('k2'): f('v2') for _ in [0]}
    return log
print order()
print list(x + y for x in "ab" for y in "12")
