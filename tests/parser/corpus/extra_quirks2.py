x[1:2,]
x[...,]
x[a,]
x[a, b,]
x[:,]
x[::,]
x[(a, b)]
x[(a, b),]
x[a:b, c:d]
x[-1:]
x[-1]
x[- 1 :: - 1]
y = -1 if x else 2
y = - 1 .real
y = -1.5.real
y = -x ** 2
y = [-1, - 2, -(3)]
y = {-1: -2}
y = lambda: -1
y = not -1
y = -1 < -2
f(-1, a=-2, *-3)
print -1, -2
print >>-1, -2
exec -1
y = `-1`
y = (-1,)
y = -~1
y = ~-1
y = +-1
y = --1j
y = -0x80000000000000000
y = -0o777
y = -0b1L
