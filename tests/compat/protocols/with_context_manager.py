# Context manager protocol: __enter__/__exit__, exception suppression and propagation.
class CM(object):
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print "enter", self.name
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print "exit", self.name, t.__name__ if t else None, v
        return self.suppress
with CM("a") as v:
    print "body", v
with CM("b", True):
    raise ValueError("swallowed")
print "after b"
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print "propagated", e
with CM("x") as x, CM("y") as y:
    print x, y
def f():
    with CM("ret"):
        return "returned"
print f()
