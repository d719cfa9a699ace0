# math module functions and their float formatting.
import math
print math.pi, math.e, repr(math.pi), math.sqrt(2), math.pow(2, 0.5), math.exp(1), math.log(math.e)
print math.sin(0), math.cos(0), repr(math.sin(math.pi)), math.atan2(1, 1) * 4 == math.pi, math.tan(0.5)
print math.floor(2.7), math.ceil(2.1), type(math.floor(2.7)).__name__, math.fabs(-3), math.fmod(-7, 3), -7 % 3
print math.factorial(0), math.factorial(25), math.gamma(5), math.lgamma(10), math.erf(0.5), math.erfc(0.5)
print math.log(8, 2), math.log1p(1e-10), math.expm1(1e-10), math.isinf(1e308 * 10), math.asinh(1), math.acosh(2)
print math.hypot(5, 12), math.radians(180), math.copysign(3, -0.0), math.trunc(-3.9), math.frexp(0.1), math.modf(3.25)
print math.fsum([1e100, 1.0, -1e100]), math.ldexp(1, 1023), math.sqrt(1e-320)
for f in [lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.acos(2), lambda: math.pow(0, -1), lambda: math.exp(1000)]:
    try:
        f()
    except (ValueError, OverflowError) as e:
        print type(e).__name__, e
