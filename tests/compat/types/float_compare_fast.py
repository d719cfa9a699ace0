# Comparisons of floats with floats and ints: exact even where an int does
# not fit in a double, and NaN is unordered.

nan, inf = float('nan'), float('inf')
cases = [
    (1.5, 2.5), (2.5, 2.5), (3, 3.0), (3.0, 3), (3, 3.5), (-0.0, 0.0), (0, -0.0),
    (nan, nan), (nan, 1.0), (1, nan), (inf, 2 ** 62), (-inf, -(2 ** 62)),
    (2 ** 53 + 1, 2.0 ** 53), (2.0 ** 53, 2 ** 53 + 1), (2 ** 53, 2.0 ** 53),
    (2 ** 62 - 1, 2.0 ** 62), (-(2 ** 62), -(2.0 ** 62)), (2 ** 63 - 1, 2.0 ** 63),
    (2 ** 64, 2.0 ** 64), (True, 1.0), (1.0, False), (1e308 * 10, 10 ** 400),
]
for a, b in cases:
    print repr(a), repr(b), [a < b, a <= b, a == b, a != b, a > b, a >= b]
    if a < b:
        print ' lt'
    if a >= b:
        print ' ge'
    if not a != b:
        print ' eq'


class G(float):
    def __lt__(self, o):
        return 'G.__lt__'

    def __eq__(self, o):
        return 'G.__eq__'


print G(1.0) < 2.0, 2.0 > G(1.0), G(1.0) == 1.0, 1.0 == G(1.0)
print 1.0 < None, None < 1.0, 1.0 < 'a', 1.0 < [], (1.0, 2) < (1.0, 3.0)
x, y = 0.5, 0.25
print x * x + y * y < 1.0, x * x + y * y > 4, 0.5 < x * 2 < 1.5, sorted([x, 3, -1.5, 2 ** 60, y])
