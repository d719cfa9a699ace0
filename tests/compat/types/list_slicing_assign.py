# list slice assignment, extended slices, deletion.
a = range(10)
a[2:4] = ['a', 'b', 'c']; print a
a[:0] = [-1]; print a
a[len(a):] = [99]; print a
a[1:3] = []; print a
a[::2] = 'x' * len(a[::2]); print a
del a[::3]; print a
del a[1:3]; print a
del a[0]; print a
b = range(6)
b[4:1:-1] = [7, 8, 9]; print b
b[1:5] = (x * 10 for x in range(2)); print b
try:
    b[::2] = [1]
except ValueError as e:
    print e
try:
    b[0:1] = 5
except TypeError as e:
    print e
c = [1, 2, 3]
c[1:2] = c; print c
