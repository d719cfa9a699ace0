# Float arithmetic and true division with a float operand.
print 3 / 2.0, 3.0 / 2, 10 // 3.0, 10.0 % 3
print 0.1 + 0.2, 1.5 * 4, 2.0 ** 0.5
print -7.0 // 2, -7.0 % 3, 7.5 % -2
print 1e10, 1e16, 1e-4, 1e-5
print 1.0 / 3
print 2.5 + 1, 1 + 2.5, 3 * 0.5
print -1.5, -0.0, 0.0
print 100.0, 1e100, 123456789.0
print 5 - 0.5, 1e3
