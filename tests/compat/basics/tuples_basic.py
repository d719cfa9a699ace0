# Tuples: literals, singletons, indexing, slicing, concatenation, unpacking.
t = (1, 2, 3)
print t, len(t), t[0], t[-1], t[1:]
print (), (1,), (1, 2) + (3,), (0,) * 3
u = 4, 5
print u
a, b = u
print a, b
print ((1, 2), (3, 4))[1][0]
print 2 in t, 5 in t
print (1, 'a', 2.5, None)
