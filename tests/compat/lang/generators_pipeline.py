# Chained generator pipeline with lazy evaluation order.
def numbers(n):
    for i in range(n):
        print "produce", i
        yield i
def squares(it):
    for x in it:
        print "square", x
        yield x * x
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
for v in evens(squares(numbers(4))):
    print "consume", v
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print list(take(3, (c for c in "abcdef")))
