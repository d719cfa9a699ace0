# Simple slices of list/str subclasses go through the inherited __getslice__, not __getitem__.
class L(list):
    def __getitem__(self, k):
        return ("getitem", k)
l = L([1, 2, 3, 4])
print l[1], l[1:3], l[::2], l[-1:]
class L2(list):
    def __getitem__(self, k):
        return ("getitem", k)
    def __getslice__(self, i, j):
        return ("getslice", i, j)
    def __setslice__(self, i, j, v):
        print "setslice", i, j, v
    def __delslice__(self, i, j):
        print "delslice", i, j
m = L2([1, 2, 3])
print m[0:2], m[1:], m[:-1], m[:], m[::1]
m[0:1] = ["x"]
del m[1:2]
import sys
print m[1:sys.maxint] == ("getslice", 1, sys.maxint)
