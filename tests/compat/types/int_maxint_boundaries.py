# Behaviour at sys.maxint boundaries: when results become long.
import sys
m = sys.maxint
print m, type(m), type(-m - 1), type(m + 1), type(-m - 2)
print type(m * 1), type(m * 2), type(-(-m - 1)), type(abs(-m - 1))
print (-m - 1) // -1, type((-m - 1) // -1)
print type(2 ** 63 - 1), type(2 ** 64 >> 1), type(2 ** 62)
print type(1 << 63), 1 << 63, type(1 << 62)
print sys.maxsize == m, isinstance(5L, int), 5L == 5, hash(5L) == hash(5)
print long(5), type(long(5)), long("12"), long(2.5), long("-0x1f", 16)
