# A with block inside a generator: exit runs when the generator finishes or is closed.
class CM(object):
    def __enter__(self):
        print "enter"
        return self
    def __exit__(self, *a):
        print "exit", a[0].__name__ if a[0] else None
def gen():
    with CM():
        yield 1
        yield 2
print list(gen())
g = gen()
print next(g)
g.close()
print "closed"
