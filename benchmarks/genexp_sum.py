# Generator expressions and a generator pipeline: resuming generators per
# item, creating many short-lived generators, send().
# About 1 s under CPython 2.7.18 on the development machine.


def squares(n):
    return sum(x * x for x in xrange(n))


def read_numbers(n):
    for i in xrange(n):
        yield i


def evens(seq):
    for x in seq:
        if x % 2 == 0:
            yield x


def scaled(seq, k):
    for x in seq:
        yield x * k


def accumulator():
    total = 0
    while True:
        v = yield total
        total += v


print squares(3000000)
print sum(scaled(evens(read_numbers(1000000)), 3))
short = 0
for i in xrange(100000):
    short += sum(c for c in (i, i + 1, i + 2))
print short
acc = accumulator()
next(acc)
for i in xrange(300000):
    r = acc.send(i)
print r
