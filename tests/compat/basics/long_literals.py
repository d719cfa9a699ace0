# Long literals and arithmetic mixing int and long.
a = 5L
b = 123456789012345678901234567890
print a, b
print [a, b]
print (a,)
print a + 1, a * 2, a - 10
print b * b
print b / 7, b % 7, -b / 7, -b % 7
print b - b, [b - b]
print 10L ** 20, 1L + 2L
print 0L, -0L, [0L]
