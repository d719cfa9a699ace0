# Reflected operators: __radd__ etc., subclass priority, NotImplemented.
class N(object):
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print "N.__add__"
        return NotImplemented
    def __radd__(self, o):
        print "N.__radd__"
        return "radd(%r)" % (o,)
    def __rsub__(self, o):
        return "rsub"
    def __rpow__(self, o):
        return "rpow"
try:
    N(1) + 1
except TypeError as e:
    print e
print 1 + N(1), 5 - N(0), 2 ** N(0), "s" + N(0), [1] + N(0)
class M(int):
    def __radd__(self, o):
        return "M radd wins"
    def __add__(self, o):
        return "M add"
print 1 + M(2), M(2) + 1
class Q(object):
    def __add__(self, o):
        return NotImplemented
try:
    Q() + Q()
except TypeError as e:
    print e
