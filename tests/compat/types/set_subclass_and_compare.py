# set/frozenset subclasses keep their type through operations; comparisons and identity rules.
class S(set):
    pass
class F(frozenset):
    pass
a = S([1, 2, 3])
print repr(a), type(a | set([9])).__name__, type(a & set([1])).__name__, type(a - set()).__name__, type(a ^ set()).__name__
print type(a.copy()).__name__, type(a.union()).__name__, type(set([1]) | a).__name__, repr(S()), repr(F([2]))
f = F([1, 2])
print type(f | set()).__name__, type(f.copy()).__name__, f.copy() is f, frozenset(f) is f
e = frozenset()
print e is frozenset(), frozenset([]) is e, frozenset(e) is e, hash(e)
x = frozenset([1, 2])
print frozenset(x) is x, x.copy() is x, set([1, 2]) == x, x == set([1, 2]), x <= set([1, 2, 3]), x < x
print set([1]) < set([1, 2]), set([1, 2]) > set([1]), set([1]) >= set([2]), set() == [], set() != ()
print set([1, 2]).isdisjoint([3]), set().issubset(""), set("ab").issuperset("a"), set([1]) < 3
s = set([1, 2, 3])
try:
    for v in s:
        s.add(v * 10)
except RuntimeError as err:
    print err
print set([frozenset([1])]).__contains__(set([1])), set([1]) in set([frozenset([1])])
t = set([frozenset([1]), 2])
t.remove(set([1])); t.discard(set([5])); print t
try:
    t.remove(set([7]))
except KeyError as err:
    print repr(err)
for args in [(1, 2), ([[1]],)]:
    try:
        set(*args)
    except TypeError as err:
        print err
