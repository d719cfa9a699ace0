# Operator precedence and unary minus with powers and comparisons.
print -2 ** 2, (-2) ** 2, 2 ** -1
print 1 + 2 * 3 ** 2, (1 + 2) * 3 ** 2
print 10 - 2 - 3, 2 * 3 % 4, 2 + 3 % 4
print not 1 == 2, not 0, not None
print 1 + 2 == 3 and 4 > 2, 1 or 2, 0 or "x", 0 and 1, [] or {}
print - - 5, - + - 5
