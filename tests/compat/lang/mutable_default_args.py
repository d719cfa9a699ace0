# Default argument values are evaluated once at definition time.
def append(x, lst=[]):
    lst.append(x)
    return lst
print append(1), append(2), append(3, []), append(4)
n = 10
def f(x=n):
    return x
n = 20
print f()
def g(d={}):
    d[len(d)] = 1
    return len(d)
print g(), g(), g.func_defaults
