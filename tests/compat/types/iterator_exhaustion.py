# Iterators are exhausted after one pass; list iterators see appended items.
it = iter([1, 2, 3])
print list(it), list(it)
l = [1, 2]
it = iter(l)
print next(it)
l.append(3)
print list(it)
g = (x for x in range(3))
print sum(g), sum(g)
d = {"a": 1}
items = d.iteritems()
print list(items), list(items)
m = map(str, range(3))
print m, m
z = iter(zip("ab", "cd"))
print next(z), list(z)
r = reversed([1, 2, 3])
print next(r), list(r), list(r)
