# compat: module
import sys
count = globals().get("count", 0) + 1
print "helper runs", count, __name__
def f():
    return "f from run %d" % count
