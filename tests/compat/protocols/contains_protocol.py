# __contains__ is preferred; otherwise iteration or __getitem__ decides `in`.
class C(object):
    def __contains__(self, x):
        print "contains", x
        return x == 42
print 42 in C(), 1 in C(), 1 not in C()
class It(object):
    def __iter__(self):
        print "iter"
        return iter([1, 2, 3])
print 2 in It(), 7 in It()
class Ret(object):
    def __contains__(self, x):
        return [1]
print 1 in Ret()
try:
    1 in 5
except TypeError as e:
    print e
