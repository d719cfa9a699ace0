# decimal arithmetic, quantize rounding and context precision.
from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, InvalidOperation
print Decimal("0.1") + Decimal("0.2"), Decimal(1) / Decimal(7), repr(Decimal("1.50")), Decimal(0.1)
print Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("2.665").quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
getcontext().prec = 6
print Decimal(1) / Decimal(3), Decimal(2).sqrt(), Decimal("1e10") * 3, Decimal("-0"), Decimal("NaN"), Decimal("Infinity") > 10 ** 100
print sum([Decimal("0.1")] * 10), Decimal("3.14159").as_tuple(), int(Decimal("7.9")), float(Decimal("0.5")), str(Decimal("1E+2"))
try:
    Decimal("abc")
except InvalidOperation:
    print "InvalidOperation"
