# __coerce__ on old-style classes drives mixed arithmetic.
class Num:
    def __init__(self, v):
        self.v = v
    def __coerce__(self, other):
        print "coerce", self.v, other
        if isinstance(other, (int, long)):
            return self, Num(other)
        return None
    def __add__(self, o):
        return Num(self.v + o.v)
    def __repr__(self):
        return "Num(%d)" % self.v
print Num(1) + 2
print Num(1) + Num(5)
try:
    Num(1) + "s"
except Exception as e:
    print type(e).__name__, e
print coerce(3, 4.0), coerce(Num(2), 5)
