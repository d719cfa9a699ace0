# iter() with sentinel, next() with default, len() of various containers.
it = iter("ab")
print next(it), next(it), next(it, None)
count = [0]
def step():
    count[0] += 1
    return count[0]
print list(iter(step, 4))
print len("abc"), len([1]), len((1, 2)), len({1: 1}), len(set([1, 2])), len(xrange(10)), len(u"\xe9"), len(bytearray(3))
for f in [lambda: len(5), lambda: len(iter([])), lambda: next(5), lambda: iter(step, 1, 2)]:
    try:
        f()
    except TypeError as e:
        print e
