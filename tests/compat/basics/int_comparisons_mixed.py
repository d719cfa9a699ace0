# Comparisons between ints, longs and floats of equal and different values.
print 1 == 1L, 1 == 1.0, 1L == 1.0, 2 > 1.5, 2L < 2.5, -1 < 0L
print 9223372036854775807 < 9223372036854775808, 9223372036854775808 > 9223372036854775807
print 10 ** 20 > 10 ** 19, 10 ** 20 == 100000000000000000000, -10 ** 20 < -10 ** 19
print 0.5 < 1 < 1.5, 3 == 3.0 == 3L, 1 != 1.0
print max(1, 2L, 1.5), min(1, 2L, 0.5), max([3L, 2, 2.5])
