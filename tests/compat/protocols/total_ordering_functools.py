# functools.total_ordering fills in missing comparison methods.
import functools
@functools.total_ordering
class V(object):
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
a, b = V(1), V(2)
print a < b, a <= b, a > b, a >= b, a == b, a != b, b >= a
print [x.v for x in sorted([V(3), V(1), V(2)], reverse=True)]
