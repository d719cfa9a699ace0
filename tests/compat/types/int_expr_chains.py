# Chains of int operators near the 63-bit small-int and 64-bit int limits:
# results promote to long exactly where 2.7 does, and classic division
# floors.
import sys

m = sys.maxint
h = 2 ** 62
vals = [0, 1, -1, 7, -7, h - 1, h, -h, -h - 1, m, -m - 1]
for a in vals:
    for b in (1, -1, 2, 3, -3, h - 1, -h):
        r = [a * b + 1, a + b - 1, a - b * 2, a * 2 + b, a / b + 0, -a / b * 1, a * b * b - a]
        print a, b, [(type(x).__name__, x) for x in r]
x = h - 1
x += 1 * 1
print type(x).__name__, x
x = m
x -= -1 * 1
print type(x).__name__, x
n = -h
n *= 2 - 3
print type(n).__name__, n
try:
    print 1 + 2 * 3 / (4 - 4)
except ZeroDivisionError as e:
    print 'ZeroDivisionError', e
print True + True * 2, (True * 3 + False).__class__.__name__
