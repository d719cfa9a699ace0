# Chained comparisons evaluate each operand once and short-circuit.
def v(x):
    print "eval", x
    return x
print v(1) < v(2) < v(3)
print v(3) < v(2) < v(1)
print v(1) == v(1) != v(2) is not None
x = 5
print 1 < x <= 5 < 6 != 7 > 0, 0 in [0] in [[0]], "a" not in "bc" in "abc"
