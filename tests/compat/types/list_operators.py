# list operators: +, *, +=, *=, ==, <, in, comparisons with other types.
a = [1, 2]
b = a
a += [3]
print a, b, a is b
a = a + [4]
print a, b
c = [0] * 3
c *= 2
print c, [[]] * 2, [1] * 0, [1, 2] * -1
print [1, 2] == [1, 2], [1, 2] < [1, 2, 3], [2] > [1, 9], [] < [0], [1] != [1.0]
print [1, [2, 3]] == [1, [2, 3]], 2 in [1, 2], [2] in [[2]]
n = [[0] * 2] * 2
n[0][0] = 5
print n
try:
    [1] + (2,)
except TypeError as e:
    print e
x = [1]
x += (2, 3)
x += "ab"
print x
print list("abc"), list((1, 2)), list(xrange(3)), list({'a': 1}), list()
