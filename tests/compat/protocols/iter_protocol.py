# Iteration via __iter__/next and the old __getitem__ sequence protocol.
class Count(object):
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def next(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print list(Count(3)), sum(Count(4)), [x * 2 for x in Count(2)], 2 in Count(3)
class Seq(object):
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print list(Seq()), tuple(Seq()), 9 in Seq(), 5 in Seq(), max(Seq())
a, b, c, d = Seq()
print a, b, c, d
class BadIter(object):
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print e
class NoNext(object):
    def __iter__(self):
        return self
try:
    for x in NoNext():
        pass
except TypeError as e:
    print e
