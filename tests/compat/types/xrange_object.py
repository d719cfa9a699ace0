# xrange: repr, len, indexing, reversed, errors.
r = xrange(2, 20, 3)
print r, len(r), r[0], r[-1], list(r), list(reversed(r)), 8 in r, 9 in r
print xrange(5), xrange(0), xrange(1, 10, -1), xrange(-5), xrange(10, 0, -2), list(xrange(10, 0, -2))
print repr(xrange(3, 3)), type(r), list(xrange(0, -10, -3))
for f in [lambda: r[100], lambda: xrange(0, 5, 0), lambda: xrange(1.5), lambda: r[1:2], lambda: xrange()]:
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
print range(0, 10, 4), range(-3, 3), range(5, -5, -3)
try:
    range(1, 2, 0)
except ValueError as e:
    print e
