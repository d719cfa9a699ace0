# Tuple comparisons with mixed element types, nested tuples, and hashing of nested tuples.
print (1, 2) == (1.0, 2L), (1, "a") < (1, "b"), (1, None) < (1, 0), ((1, 2), 3) > ((1, 1), 9)
print hash((1, 2)) == hash((1.0, 2L)), hash(((),)), hash((None,)) == hash((None,)), hash((1, (2, (3,))))
print sorted([(2, "x"), (1, "y"), (1, "x"), (2,), (1, 2, 3)]), max((1, 2), (1, 2, 0)), min([(0,), ()])
print (1, 2, 3)[-1:-4:-1], tuple(reversed((1, 2))), (1,) * 0, ((),) * 2, () + ()
print cmp((1, 2), (1, 3)), cmp((), ()), (1, 2) != (1, 2), (3,) in [(3,)], tuple(x for x in "ab")
