# str vs repr of floats across magnitudes, and print of special values.
vals = [0.1, 1 / 3.0, 1e16, 1e15, 9999999999999998.0, 99999999999.0, 1e11,
        123456789012.0, 12345678901.23, 2.0 ** 53, 1e-4, 1e-5, 0.00012345,
        5e-324, 1.7976931348623157e308, 3.14159265358979, 2.0 ** 0.5,
        1e22, 1e-300, 123.456, -2.5e-8, 1.0, 0.5, 1e100, 1.5e300]
for v in vals:
    print str(v), repr(v), "%s %r" % (v, v)
inf = float("inf")
print inf, -inf, inf * 0, [inf, -inf, inf * 0]
