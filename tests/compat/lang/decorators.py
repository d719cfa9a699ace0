# Function and class decorators, stacking order, decorators with arguments.
def trace(f):
    def wrapper(*a, **k):
        print "call", f.__name__, a
        return f(*a, **k)
    wrapper.__name__ = f.__name__
    return wrapper
def tag(label):
    print "making tag", label
    def deco(f):
        print "applying tag", label
        f.label = label
        return f
    return deco
@trace
@tag("outer")
def add(a, b):
    return a + b
print add(1, 2), add.__name__
@tag("first")
@tag("second")
def g():
    pass
print g.label
def cls_deco(c):
    c.decorated = True
    return c
@cls_deco
class K(object):
    pass
print K.decorated
import functools
def wraps_deco(f):
    @functools.wraps(f)
    def w(*a):
        return f(*a) * 2
    return w
@wraps_deco
def doubled(x):
    "doc of doubled"
    return x
print doubled(4), doubled.__name__, doubled.__doc__
