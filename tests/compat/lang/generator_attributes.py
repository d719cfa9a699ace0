# Generator object attributes: gi_running, gi_frame, __name__, iter(g) is g.
def gen():
    print "running inside:", g.gi_running
    yield 1
g = gen()
print g.__name__, g.gi_running, iter(g) is g, g.gi_frame is not None
print next(g)
print list(g), g.gi_frame is None
