# Basic int arithmetic: + - * / // % ** and unary minus.
a = 17
b = 5
print a + b, a - b, a * b, a / b, a // b, a % b, a ** 2
print -a, +a, - -a
print 2 ** 10, 2 ** 0, 0 ** 0
print 1 + 2 * 3, (1 + 2) * 3, 2 ** 3 ** 2, -2 ** 2
print 100 - 1 - 1, 100 / 10 / 2
print 7 * 6 - 2 * 3 + 1
x = 10
x = x + 1
x = x * 2
print x
