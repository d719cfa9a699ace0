# 2.7's default ordering: None < numbers < everything else by type name,
# old-style instances count as numbers, same-type objects without
# comparison methods are ordered (by address, so only consistency is checked).
class New(object):
    pass
class Old:
    pass
n1, n2 = New(), New()
print None < New(), None < Old(), 1 < New(), New() > 10 ** 30
print Old() < New(), Old() < 1 or Old() > 1, [] < New() or [] > New()
print (n1 < n2) != (n2 < n1), n1 == n1, n1 != n2, cmp(n1, n1), cmp(n1, n2) == -cmp(n2, n1)
print sorted([3, None, "x", 2.5, [1], (1,), {}])
print max(None, 1), min(None, 1), min("a", 1), max([], ())
class Cmp(object):
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < getattr(o, "v", o)
    def __repr__(self):
        return "Cmp(%s)" % self.v
print sorted([Cmp(3), Cmp(1), Cmp(2)]), Cmp(1) < 5, 5 > Cmp(1)
class EqOnly(object):
    def __eq__(self, o):
        return "eq result"
print EqOnly() == 1, 1 == EqOnly(), EqOnly() != 1
class NE(object):
    def __ne__(self, o):
        return False
print NE() != NE(), NE() == NE()
