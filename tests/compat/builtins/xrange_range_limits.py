# range/xrange with large values and errors on overflow.
print range(2 ** 62, 2 ** 62 + 3), len(xrange(2 ** 62)), xrange(2 ** 62, 2 ** 62 + 2)[1]
print range(10 ** 20, 10 ** 20 + 2), range(-3, -10, -3)
for f in [lambda: xrange(2 ** 63), lambda: xrange(2 ** 64), lambda: range(2 ** 64, 2 ** 64 + 1)[0] + 0, lambda: range(0, 10 ** 19)]:
    try:
        print f()
    except (OverflowError, MemoryError) as e:
        print type(e).__name__, e
