# Conditional expressions: evaluation laziness and nesting.
def v(x):
    print "eval", x
    return x
print v(1) if v(True) else v(2)
print v(1) if v(0) else v(2)
n = 5
print "big" if n > 10 else "medium" if n > 3 else "small"
print [("even" if i % 2 == 0 else "odd") for i in range(4)]
x = (lambda: 1) if n else (lambda: 2)
print x()
