# List creation, indexing, negative indexes, append, len, item assignment, nesting.
a = [1, 2, 3]
print a, len(a), a[0], a[-1], a[1]
a.append(4)
print a, len(a)
a[0] = 'first'
print a
b = []
print b, len(b)
b.append([1, 2])
b.append('x')
print b, b[0][1]
m = [[1, 2, 3], [4, 5, 6]]
print m[1][2], m[0], len(m), len(m[0])
m[0][0] = 9
print m
print a + b, [0] * 5, [1, 2] * 2
print 2 in a, 'first' in a, 9 not in a
