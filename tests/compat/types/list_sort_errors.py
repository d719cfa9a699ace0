# What list.sort leaves behind when something goes wrong, and how it
# checks its arguments (2.7 wording).
class Stop(Exception):
    pass

def failing_after(limit):
    n = [0]
    def c(a, b):
        n[0] += 1
        if n[0] == limit:
            raise Stop("after %d" % limit)
        return cmp(a, b)
    return c

data = [(i * 37) % 41 for i in range(41)] + range(40, 0, -1)
for limit in (1, 5, 40, 100, 180, 300):
    for rev in (False, True):
        l = list(data)
        try:
            l.sort(cmp=failing_after(limit), reverse=rev)
            print "done"
        except Stop as e:
            print e, rev, l

# the list looks empty while it is sorted
l = [3, 1, 2]
def peek(a, b):
    print "during:", l, len(l)
    return cmp(a, b)
l.sort(peek)
print l

# mutation is detected at the end, and the items added are dropped
l = [5, 4, 3, 2, 1]
def grow(a, b):
    l.append(0)
    return cmp(a, b)
try:
    l.sort(grow)
except ValueError as e:
    print "ValueError:", e, l
l = [2, 1]
def extend_empty(a, b):
    l.extend(iter([]))
    return cmp(a, b)
try:
    l.sort(extend_empty)
except ValueError as e:
    print "ValueError:", e, l
l = [2, 1]
def harmless(a, b):
    l.extend([])
    l[:] = []
    return cmp(a, b)
l.sort(harmless)
print l

# key function errors leave the list untouched; keys are computed first
l = [3, 1, 2]
def key(x):
    print "key", x
    if x == 2:
        raise Stop("key")
    return x
try:
    l.sort(key=key)
except Stop as e:
    print e, l

# cmp must return an int
for bad in ("x", 1L, 1.5, None):
    try:
        [1, 2].sort(lambda a, b, r=bad: r)
    except TypeError as e:
        print "TypeError:", e
print sorted([1, 2, 3], lambda a, b: True), sorted([3, 2, 1], lambda a, b: False)

# arguments
for args, kw in [((), {"reverse": 1.5}), ((), {"reverse": "x"}), ((), {"foo": 1}),
                 ((None,), {"cmp": None}), ((None, None, 0, 1), {}), ((), {"reverse": 2 ** 40}),
                 ((None, None, 2L), {})]:
    l = [1, 3, 2]
    try:
        l.sort(*args, **kw)
        print l
    except (TypeError, OverflowError) as e:
        print type(e).__name__ + ":", e
l = [1, 3, 2]
l.sort(cmp=None, key=None, reverse=True)
print l
