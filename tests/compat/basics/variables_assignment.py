# Simple variables, reassignment, multiple and tuple assignment.
a = 1
b = a
a = 2
print a, b
x = y = z = 7
print x, y, z
p, q = 1, 2
print p, q
p, q = q, p
print p, q
m, n, o = (3, 4, 5)
print m, n, o
s = "text"
s = s + "!"
print s
