# pow with modulus, round, sum with start values and errors.
print pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(-2, 3, 5), pow(2.0, 3), pow(4, 0.5), pow(10 ** 10, 3, 7)
print round(2.5), round(-2.5), round(2.675, 2), round(1234, -2), round(5), round(0.5, 0), round(1.23456789, 4)
print sum([1, 2, 3]), sum([1.5, 2]), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([], 5), sum(xrange(10 ** 5))
for f in [lambda: sum(["a", "b"], ""), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(2, -1, 5), lambda: sum([1, "a"]), lambda: round("x")]:
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
