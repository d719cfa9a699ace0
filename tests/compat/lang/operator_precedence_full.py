# Operator precedence across all binary/unary operator levels.
print 2 + 3 * 4 ** 2, -3 ** 2, not 1 + 1 == 2, 1 | 2 ^ 3 & 4, 1 << 2 + 1, ~1 + 1
print 3 - 2 - 1, 2 ** 2 ** 3, 100 / 10 / 5, 7 % 4 * 2, - 2 ** - 1
print 1 + 2 < 4 == True, (1, 2) + (3,) * 2, "a" + "b" * 2, 1 if 0 else 2 if 0 else 3
print (lambda: 0 if False else "lambda body")()
print 5 & 3 == 1, (5 & 3) == 1, 1 < 2 == 2 > 1, not 0 and 1 or 2
