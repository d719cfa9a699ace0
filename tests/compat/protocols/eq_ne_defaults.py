# Without __ne__, != does not use __eq__ in 2.7; identity is the fallback.
class OnlyEq(object):
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
a, b = OnlyEq(1), OnlyEq(1)
print a == b, a != b, a == a, a != a
class Both(OnlyEq):
    def __ne__(self, o):
        return not self == o
print Both(1) != Both(1), Both(1) != Both(2)
class Neither(object):
    pass
n = Neither()
print n == n, n != n, n == Neither()
