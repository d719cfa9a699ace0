# for loops over range() and xrange() with start, stop and step.
for i in range(5):
    print i,
print
for i in xrange(2, 8):
    print i,
print
for i in range(10, 0, -3):
    print i,
print
for i in xrange(0, 20, 5):
    print i,
print
print range(5), range(3, 7), range(10, 0, -2), range(0), range(5, 1)
total = 0
for i in xrange(1000):
    total = total + i
print total
