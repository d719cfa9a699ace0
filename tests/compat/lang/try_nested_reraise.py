# Nested try blocks, bare raise, raising in except and in finally.
def a():
    try:
        1 / 0
    except ZeroDivisionError:
        print "handling in a"
        raise
try:
    a()
except ZeroDivisionError as e:
    print "re-raised:", e
try:
    try:
        {}['x']
    except KeyError:
        raise ValueError("replaced")
except ValueError as e:
    print "new exception:", e
try:
    try:
        raise IndexError("first")
    finally:
        print "finally runs"
except IndexError as e:
    print "caught", e
try:
    try:
        raise IndexError("first")
    finally:
        raise KeyError("from finally")
except Exception as e:
    print type(e).__name__, e
import sys
try:
    raise TypeError("t")
except TypeError:
    print sys.exc_info()[0].__name__, sys.exc_info()[1]
print sys.exc_info()[0].__name__
sys.exc_clear()
print sys.exc_info()
