# Powers, big products and mixed int/long/float arithmetic.
print 2 ** 200
print 7 ** 77 % 1000
print (10 ** 30) / (10 ** 10), (10 ** 30) % 999
print -(10 ** 20) / 3, -(10 ** 20) % 3
print 10 ** 20 + 0.5, 2 ** 64 * 1.0
print 2 ** -1, 2 ** -2, 10 ** 0
print 10 ** 18 * 10, 10 ** 18 * 9
