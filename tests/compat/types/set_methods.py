# set: every method with results and the set afterwards.
s = set([1, 2, 3])
s.add(4); print s
s.discard(10); s.discard(1); print s
s.remove(2); print s
print s.pop(), s
s.update([5, 6], (7,)); print s
t = set([5, 6, 99])
print s.union(t), s.intersection(t), s.difference(t), s.symmetric_difference(t)
print s.issubset(s | t), s.issuperset([5]), s.isdisjoint([100]), s.isdisjoint(t)
u = s.copy(); u.intersection_update(t); print u
u = s.copy(); u.difference_update(t); print u
u = s.copy(); u.symmetric_difference_update(t); print u
u.clear(); print u, len(u)
print s | t, s & t, s - t, s ^ t, s <= t, s < s, s >= set(), s == set([3, 4, 5, 6, 7])
for f in [lambda: set().pop(), lambda: s.remove(42), lambda: set([[1]]), lambda: s.add([])]:
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
