# __cmp__ is used when rich comparisons are absent; cmp() and sorting use it.
class C(object):
    def __init__(self, k):
        self.k = k
    def __cmp__(self, o):
        print "cmp", self.k, getattr(o, "k", o)
        return cmp(self.k, getattr(o, "k", o))
    def __repr__(self):
        return "C%d" % self.k
print C(1) < C(2), C(2) == C(2), C(3) >= C(4), cmp(C(5), C(1))
print C(1) == 1, 1 < C(2)
print sorted([C(3), C(1), C(2)])
class Bad(object):
    def __cmp__(self, o):
        return "x"
try:
    Bad() < Bad()
except TypeError as e:
    print e
class Big(object):
    def __cmp__(self, o):
        return 10 ** 30
try:
    print Big() > Big()
except OverflowError as e:
    print "OverflowError", e
