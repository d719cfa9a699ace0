# Mixing int and float in division and modulo; results printed with str and repr.
print 1 / 2, 1 / 2.0, 1.0 / 2, 1 // 2.0, 7 % 2.5, -7 % 2.5
print 10 / 4, 10 / 4.0, 10 // 4, 10 // 4.0, 2 ** 0.5, 4 ** 0.5
print [1 / 3.0, 2 / 3.0, 10 / 3.0]
print 22 / 7.0, [22 / 7.0]
print 0.1 * 3, [0.1 * 3], 1.1 + 2.2, [1.1 + 2.2]
print 1e300 * 1e10, -1e300 * 1e10
