# Functions are non-data descriptors: binding to instances, storing functions on instances.
def standalone(self, x):
    return "standalone(%s, %s)" % (type(self).__name__, x)
class C(object):
    pass
C.method = standalone
c = C()
print c.method(1)
c.inst_func = standalone
try:
    c.inst_func(2)
except TypeError as e:
    print e
print c.inst_func("explicit self", 3)
bound = standalone.__get__(c, C)
print bound(4), bound.__self__ is c
print type(standalone.__get__(None, C)).__name__
