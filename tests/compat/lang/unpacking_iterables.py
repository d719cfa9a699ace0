# Unpacking from any iterable: strings, dicts, generators, sets of one; swap idioms.
a, b, c = "xyz"
print a, b, c
k1, = {"only": 1}
print k1
g1, g2 = (i * 10 for i in range(2))
print g1, g2
(s,) = set([7])
print s
x, y, z = 1, 2, 3
x, y, z = z, x, y
print x, y, z
first, rest = [1, 2, 3][0], [1, 2, 3][1:]
print first, rest
try:
    q, w = (i for i in range(3))
except ValueError as e:
    print e
