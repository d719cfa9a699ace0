# Tuple parameters in def and lambda (2.x only feature).
def f(a, (b, c), d=4):
    return a, b, c, d
print f(1, (2, 3)), f(1, [2, 3], 5), f(1, "xy")
def g((x, (y, z))):
    return x + y + z
print g((1, (2, 3)))
print map(lambda (k, v): "%s=%s" % (k, v), [("a", 1), ("b", 2)])
try:
    f(1, (2, 3, 4))
except ValueError as e:
    print e
print f.func_code.co_argcount, f.func_code.co_varnames[0]
