# range/xrange arguments and reduce with and without an initial value.
print range(5), range(2, 5), range(0, 10, 3), range(10, 0, -3), range(5, 5), range(-3), range(2L, 5L)
print reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 10), 1), reduce(max, [3, 9, 2])
print reduce(lambda a, b: a + b, [], 0), reduce(lambda a, b: [b] + a, "abc", [])
for f in [lambda: reduce(lambda a, b: a, []), lambda: range(1.5), lambda: range(), lambda: range(1, 2, 3, 4), lambda: range("a")]:
    try:
        f()
    except TypeError as e:
        print e
