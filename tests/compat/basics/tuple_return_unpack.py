# Functions returning tuples; unpacking results in assignments and loops.
def divmod_like(a, b):
    return a / b, a % b
q, r = divmod_like(17, 5)
print q, r
print divmod_like(-17, 5)
def min_max(xs):
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi
print min_max([4, -2, 9, 0])
pairs = [(1, 'one'), (2, 'two'), (3, 'three')]
for n, name in pairs:
    print n, name
