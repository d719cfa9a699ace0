# yield as an expression: value of send, yield in various positions.
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
a = acc()
print next(a), a.send(5), a.send(10)
try:
    a.send(None)
except StopIteration:
    print "stopped"
def pairs():
    x = yield
    y = yield x * 2
    yield (x, y)
p = pairs()
print next(p), p.send(3), p.send(4)
def gen_list():
    l = [(yield 1), (yield 2)]
    yield l
g = gen_list()
print next(g), g.send("a"), g.send("b")
