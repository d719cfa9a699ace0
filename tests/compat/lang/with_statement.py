# with statement: as-targets (including tuples), nesting, exceptions, return inside.
class CM(object):
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print "enter", self.n
        return (self.n, self.n * 2)
    def __exit__(self, *exc):
        print "exit", self.n, exc[0] is not None
        return False
with CM(1) as (a, b):
    print a, b
with CM(2):
    with CM(3) as v:
        print v
for i in range(3):
    with CM(i):
        if i == 1:
            continue
        if i == 2:
            break
        print "loop body", i
try:
    with CM(9):
        raise ValueError("inside with")
except ValueError as e:
    print e
try:
    with 5:
        pass
except AttributeError as e:
    print e
