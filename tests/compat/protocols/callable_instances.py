# Instances with __call__ used as functions, keys, sort keys and decorators.
class Multiplier(object):
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
double = Multiplier(2)
print double(5), map(double, [1, 2]), sorted([3, 1, 2], key=Multiplier(-1)), callable(double)
class CountCalls(object):
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)
@CountCalls
def square(x):
    return x * x
print square(3), square(4), square.calls
