# Class definitions: class body runs at definition, methods, class and instance state.
print "before class"
class Counter(object):
    print "in class body"
    total = 0
    def __init__(self, start=0):
        self.value = start
        Counter.total += 1
    def inc(self, by=1):
        self.value += by
        return self
    def __repr__(self):
        return "Counter(%d)" % self.value
print "after class"
c = Counter().inc().inc(5)
print c, c.value, Counter.total, Counter(10), Counter.total
print Counter.__name__, Counter.inc.__name__, type(c).__name__, isinstance(c, Counter)
class Empty:
    pass
class Doc(object):
    """docstring here"""
print Doc.__doc__, Empty.__doc__
