# long: repr with L, conversions, bit_length, hex/oct, large arithmetic.
x = 10 ** 20
print x, repr(x), str(x), [x], x.bit_length(), (-x).bit_length()
print hex(x), oct(x), bin(x), hex(5L), oct(0L), hex(-x)
print x.real, x.imag, x.numerator, x.denominator, x.conjugate()
print long("123456789012345678901234567890"), long(" 7 "), long("z", 36)
print -x // 7, -x % 7, divmod(-x, 7), x ** 2, pow(x, 3, 1000007)
print x >> 10, x << 10, x & 0xffff, x | 1, x ^ x, ~x
print float(x), float(2 ** 100), int(2.0 ** 70), type(int(2.0 ** 70))
print cmp(x, x + 1), x == 10.0 ** 20, x > 1e19, 2 ** 53 + 1 == 2.0 ** 53 + 1
print hash(2 ** 63), hash(-2 ** 63), hash(2 ** 64), hash(2 ** 64 - 1), hash(10 ** 30), hash(-10 ** 30)
try:
    float(10 ** 400)
except OverflowError as e:
    print e
print "%d %s %r %x" % (x, x, x, 2 ** 70)
