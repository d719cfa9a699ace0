# inf and nan arithmetic, formatting and math functions.
import math
inf = float("inf")
nan = float("nan")
print inf + 1, inf - inf, inf * 0, -inf, inf / inf, 1 / inf, -1 / inf, inf > 10 ** 400
print math.isinf(inf), math.isnan(nan), math.isinf(nan), math.copysign(1, -0.0), math.fabs(-inf)
print "%f %e %g %.2f %10.3f|" % (inf, -inf, nan, inf, nan)
print repr(inf), str(-inf), repr(nan), [inf, nan], int(1e308), float("-0"), -0.0 == 0.0
print math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4)
for f in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.exp(1000), lambda: math.log(-1), lambda: 10.0 ** 400]:
    try:
        f()
    except (ValueError, OverflowError) as e:
        print type(e).__name__, e
print math.fsum([0.1] * 10), sum([0.1] * 10), math.hypot(3, 4), math.degrees(math.pi), math.log(100, 10), math.log10(1000)
