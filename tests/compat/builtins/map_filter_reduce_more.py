# map/filter/reduce corner cases: bound methods, builtins, strings and tuples.
print map(len, ["a", "bb", ""]), map(str.upper, "abc"), map(int, "123"), map(abs, (-1, 2))
print filter(str.isdigit, "a1b2c3"), filter(lambda t: t[1], [("a", 0), ("b", 1)]), filter(None, [[], [0], ()])
print reduce(lambda acc, x: acc * 10 + x, [1, 2, 3]), reduce(lambda a, b: a + b, ["x"]), reduce(max, [3, 7, 2], 5)
print map(pow, [2, 3], [3, 2]), map(None, [1], [2], [3]), map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])
print map(lambda x: x, {1: 2}), filter(lambda k: k > 1, {1: 0, 2: 0, 3: 0})
