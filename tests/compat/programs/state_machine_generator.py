# A coroutine-driven state machine parsing a stream of events.
def coroutine(f):
    def start(*a):
        g = f(*a)
        next(g)
        return g
    return start
@coroutine
def printer(prefix):
    while True:
        item = yield
        print prefix, item
@coroutine
def grouper(target):
    group = []
    while True:
        ev = yield
        if ev == "end":
            target.send(tuple(group))
            group = []
        else:
            group.append(ev)
@coroutine
def filter_empty(target):
    while True:
        g = yield
        if g:
            target.send(g)
pipeline = filter_empty(grouper(printer("group:")))
p = grouper(filter_empty(printer("group:")))
for ev in ["a", "b", "end", "end", "c", "end", "d", "e", "f", "end"]:
    p.send(ev)
