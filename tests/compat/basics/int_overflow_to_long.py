# int arithmetic that overflows silently becomes long; repr shows the L.
big = 9223372036854775807
print big
print big + 1
print [big + 1]
print -big - 1
print -big - 2
print big * 2
print big * big
print 2 ** 63, 2 ** 64, 2 ** 100
print [2 ** 63, 2 ** 62]
print 3 ** 50
print -(2 ** 63)
x = 1
for i in range(70):
    x = x * 2
print x
print x / 3, x % 7, x // -3
