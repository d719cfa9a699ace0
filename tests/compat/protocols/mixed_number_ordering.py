# 2.7 orders two incomparable "numbers" (types with __int__ or __float__,
# old-style instances included) by their types' addresses: classes first,
# then the builtin types bool < instance < float < int < long.
class Old:
    pass
class AsInt(object):
    def __int__(self):
        return 7
class Plain(object):
    pass
o, n, p = Old(), AsInt(), Plain()
print o < 1, o > 1, o < 2.5, o < 3L, o < True, o > False
print n < 1, n < 1.5, n < 3L, n < True, n < o, o < n
print p < o, p < n, p < 1, None < o, None < n
def name(x):
    return type(x).__name__ if type(x).__name__ != 'instance' else 'Old'
print [name(x) for x in sorted([1, o, 2.5, n, 3L, True, p, None])]
print cmp(o, 1), cmp(1, o), cmp(n, 2.0), cmp(2.0, n), max(o, 10 ** 30) is o, min(n, -5) is n
