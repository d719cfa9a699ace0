# enumerate, reversed, zip, map, filter, iter, next and exhausted iterators.
print list(enumerate("abc")), list(enumerate("ab", 10)), list(reversed([1, 2, 3])), list(reversed("xyz"))
print zip([1, 2, 3], "ab"), zip(), zip([1]), map(None, [1, 2], "a")
print map(str, [1, 2]), map(lambda a, b: a + b, [1, 2], [10, 20]), filter(None, [0, 1, '', 'a'])
print filter(lambda c: c in 'aeiou', "education"), filter(None, (0, 1, 2)), filter(lambda x: x > 1, [1, 2, 3])
it = iter([1, 2])
print next(it), next(it), next(it, 'done')
try:
    next(it)
except StopIteration:
    print "StopIteration"
e = enumerate(['x'])
print type(e).__name__, next(e), type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__
print type(reversed([])).__name__, type(iter({})).__name__, type(iter(xrange(2))).__name__
sentinel = iter([3, 2, 1, 0, 5]).next
print list(iter(sentinel, 0))
d = {'a': 1}
print list(d.iteritems()), type(d.iterkeys()).__name__
for f in [lambda: iter(5), lambda: next([1]), lambda: reversed({}), lambda: zip(1)]:
    try:
        f()
    except TypeError as e:
        print e
