# Nested function definitions capture defaults and closures at definition time.
def make(n):
    def at_def(x=n * 2):
        return x
    def closure():
        return n * 2
    return at_def, closure
d, c = make(5)
print d(), c(), d(1)
def counter_gen():
    funcs = []
    for i in range(3):
        def f(i=i):
            return i * i
        funcs.append(f)
    return funcs
print [f() for f in counter_gen()]
