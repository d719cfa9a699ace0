# Bitwise operators on ints, longs, negatives and bools.
for a, b in [(12, 10), (-12, 10), (2 ** 70, 2 ** 70 - 1), (-1, 2 ** 65), (True, False)]:
    print a & b, a | b, a ^ b, ~a, a << 3, a >> 2
print 1 << 63, 1 << 64, -1 << 63, (1 << 100) >> 99, -5 >> 1, 5 >> 10
for f in [lambda: 1 << -1, lambda: 1 >> -1, lambda: 1.0 & 1, lambda: 1 << 2.0]:
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
