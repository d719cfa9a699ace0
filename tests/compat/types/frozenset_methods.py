# frozenset: immutable, hashable, operations return frozensets.
f = frozenset([1, 2, 3])
g = frozenset([3, 4])
print f | g, f & g, f - g, f ^ g, type(f | set([9])), type(set([9]) | f)
print f.union([7]), f.intersection(g), f.difference(g), f.symmetric_difference(g), f.copy() is f
print f.issubset([1, 2, 3, 4]), f.issuperset([1]), f.isdisjoint(g), {f: 'key'}[frozenset([3, 2, 1])]
print frozenset([1, 2]) == set([1, 2]), set([f]), len(f), 2 in f
try:
    f.add(4)
except AttributeError as e:
    print e
try:
    hash(set())
except TypeError as e:
    print e
