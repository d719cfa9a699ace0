# sys.exc_info() persists after an except block until the function returns (2.7 semantics).
import sys
def f():
    try:
        raise ValueError("inside f")
    except ValueError:
        pass
    return sys.exc_info()[0].__name__, str(sys.exc_info()[1])
print f()
print sys.exc_info()
def g():
    try:
        raise KeyError("k")
    except KeyError:
        h()
        return sys.exc_info()[0].__name__
def h():
    try:
        raise IndexError("inner")
    except IndexError:
        pass
print g()
try:
    raise TypeError("module level")
except TypeError:
    pass
print sys.exc_info()[0].__name__
def reraiser():
    try:
        raise ValueError("first")
    except ValueError:
        pass
    try:
        raise
    except ValueError as e:
        return "re-raised: %s" % e
print reraiser()
