# Floor division and modulo signs with negative operands.
for a in (7, -7):
    for b in (2, -2, 3, -3):
        print a, b, a / b, a // b, a % b
print 0 / 5, 0 % 5, -0 / 5
print 1 / 3 * 3, 10 / 3, -10 / 3
print 7 % 1, -7 % 1, 5 % 7, -5 % 7
