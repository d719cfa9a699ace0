# hash() of ints, longs, floats, strings, tuples, frozensets, and unhashables.
for v in [0, 1, -1, -2, 2 ** 63, 2 ** 64, 10 ** 30, 1.5, 0.1, -0.5, 1e100, 2.0, float("inf"), float("nan"),
          "", "a", "hello", "\xe9", u"hello", (), (1,), (1, 2), ("a", 1), frozenset(), frozenset([1, 2, 3]), True, False]:
    print repr(v), hash(v)
for v in [[], {}, set(), ([],)]:
    try:
        hash(v)
    except TypeError as e:
        print e
