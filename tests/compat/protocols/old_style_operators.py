# Old-style instances: special methods looked up on the instance, __str__/__repr__, __cmp__.
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.x)
    def __repr__(self):
        return "V(%r)" % self.x
    def __cmp__(self, o):
        return cmp(self.x, o.x)
    def __len__(self):
        return self.x
    def __getitem__(self, i):
        if i >= self.x:
            raise IndexError
        return i
print V(1) + V(2), V(1) + 5, 5 + V(1), sorted([V(3), V(1)]), len(V(4)), list(V(3)), V(2) == V(2)
print str(V(9)), "%s" % V(8), [V(7)]
class E(Exception):
    pass
try:
    raise E("old-style base")
except E as e:
    print "caught", e, type(e).__name__
class OldExc:
    pass
try:
    raise OldExc
except OldExc:
    print "caught old-style class instance"
