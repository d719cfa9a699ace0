# yield inside except handlers, finally blocks and with statements, interleaved with consumer exceptions.
import sys

class Ctx(object):
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print "enter", self.name
        return self.name
    def __exit__(self, t, v, tb):
        print "exit", self.name, t.__name__ if t else None
        return t is KeyError

def in_handler():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            yield "handling %s" % e
            yield "still %s" % sys.exc_info()[1]

g = in_handler()
for x in g:
    try:
        raise KeyError("consumer")
    except KeyError:
        print x, sys.exc_info()[0].__name__

def in_finally():
    try:
        yield 1
    finally:
        yield "from finally"
        print "finally done"
print list(in_finally())

def in_with():
    with Ctx("a") as name:
        yield name
        with Ctx("b"):
            yield "inner"
            raise KeyError("suppressed")
        yield "after b"
    yield "after a"
print list(in_with())

def nested_loops():
    for i in range(2):
        try:
            for j in range(3):
                if j == 2:
                    break
                try:
                    yield (i, j)
                finally:
                    print "inner finally", i, j
        finally:
            print "outer finally", i
    yield "end"
for v in nested_loops():
    print v

def early_break():
    try:
        for i in range(10):
            yield i
    finally:
        print "cleanup"
g = early_break()
for v in g:
    if v == 2:
        break
g.close()
print "after close"

def exc_in_expr():
    x = [(yield 1), (yield 2)]
    yield x
g = exc_in_expr()
print next(g), g.send("a"), g.send("b")
