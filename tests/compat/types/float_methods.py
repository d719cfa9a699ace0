# float: methods, conversions, special values and parsing.
f = 2.5
print f.is_integer(), (3.0).is_integer(), f.as_integer_ratio(), (0.1).as_integer_ratio()
print f.hex(), (1.0).hex(), (-0.1).hex(), float.fromhex('0x1.8p1'), (0.0).hex()
print f.real, f.imag, f.conjugate(), (-f).__abs__()
print float("1.5"), float(" -2e3 "), float("inf"), float("-Infinity"), float("nan"), float("-nan")
print float(3), float(10L), float(True), float(), float("1e500"), float("  .5  ")
print int(2.9), int(-2.9), long(1e20), int(1e20), type(int(1e20))
print 1e308 * 10, -1e308 * 10, float("inf") - float("inf")
print hash(1.5), hash(0.1), hash(-0.5), hash(1e100), hash(-1.0), hash(2.0 ** 70), hash(-0.0), hash(float('inf')), hash(float('-inf'))
for v in ["abc", "", "1.2.3"]:
    try:
        float(v)
    except ValueError as e:
        print e
for g in [lambda: int(float("inf")), lambda: int(float("nan")), lambda: 10.0 ** 400,
          lambda: (-8.0) ** 0.5, lambda: float(10 ** 400)]:
    try:
        g()
    except (ValueError, OverflowError) as e:
        print type(e).__name__, e
