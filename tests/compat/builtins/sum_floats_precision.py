# sum() of floats accumulates left to right with ordinary float rounding.
print sum([0.1] * 10), repr(sum([0.1] * 10)), sum([1e100, 1.0, -1e100]), sum([1, 2.5, 3L])
print repr(sum(x / 7.0 for x in range(100))), repr(sum([0.1, 0.2, 0.3])), repr(0.1 + 0.2 + 0.3)
print sum(range(10), 0.5), type(sum([1, 2L])).__name__, type(sum([])).__name__, sum([True] * 3)
