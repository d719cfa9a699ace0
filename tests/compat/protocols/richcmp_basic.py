# Rich comparison methods are used by ==, !=, <, <=, >, >= and sorted.
class V(object):
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print "eq", self.v, o.v
        return self.v == o.v
    def __ne__(self, o):
        print "ne", self.v, o.v
        return self.v != o.v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __gt__(self, o):
        return self.v > o.v
    def __ge__(self, o):
        return self.v >= o.v
    def __repr__(self):
        return "V(%r)" % self.v
a, b = V(1), V(2)
print a == b, a != b, a < b, a <= b, a > b, a >= b
print sorted([V(3), V(1), V(2)]), max([V(3), V(5), V(4)]), min(V(7), V(6))
print V(1) in [V(0), V(1)]
