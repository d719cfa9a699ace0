# Reflected rich comparisons and NotImplemented fallbacks.
class L(object):
    def __lt__(self, o):
        print "L.__lt__"
        return NotImplemented
    def __gt__(self, o):
        print "L.__gt__"
        return "L-gt"
class R(object):
    def __gt__(self, o):
        print "R.__gt__"
        return "R-gt"
    def __lt__(self, o):
        print "R.__lt__"
        return NotImplemented
print L() < R()
print R() < L()
print 5 < R()
print R() > 5
class E(object):
    def __eq__(self, o):
        return NotImplemented
e = E()
print e == e, e != e, e == 1, 1 == e
class Sub(L):
    def __gt__(self, o):
        print "Sub.__gt__"
        return "sub wins"
print L() < Sub()
