# raise forms: class, instance, class with arg, 3-arg form, re-raise, raise non-exception.
import sys
def show(f):
    try:
        f()
    except Exception as e:
        print type(e).__name__, repr(str(e)), e.args
def r1(): raise ValueError
def r2(): raise ValueError("msg")
def r3(): raise ValueError, "old syntax"
def r4(): raise ValueError, ("a", 2)
def r5(): raise ValueError("a", 2)
def r6(): raise KeyError("k")
def r7(): raise "string exception"
def r8(): raise 5
def r9(): raise Exception, ValueError("inst")
def r10(): raise ValueError("x"), None, None
for f in [r1, r2, r3, r4, r5, r6, r7, r8, r9, r10]:
    show(f)
try:
    try:
        raise IOError(2, "No such file", "/x")
    except IOError:
        exc_info = sys.exc_info()
        raise
except IOError as e:
    print e, e.errno, e.strerror, e.filename, exc_info[0].__name__
