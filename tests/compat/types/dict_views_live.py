# dict views are live: they show the dict as it is when used, and iterating
# one while the dict changes size raises as iterating the dict does.
d = {'x': 1}
k, v, i = d.viewkeys(), d.viewvalues(), d.viewitems()
print k, v, i, len(k), 'y' in k
d['y'] = 2
d['z'] = 3
print k, v, i, len(v), 'y' in k, ('z', 3) in i
del d['x']
d['y'] = 20
print k, v, i, k & set('xyz')
d.clear()
print k, v, i, len(i), bool(k), bool({'q': 0}.viewkeys())
d.update(a=1, b=2, c=3)
print sorted(k), sorted(v), sorted(i)

for view in (k, v, i):
    try:
        for x in view:
            d['new'] = 0
    except RuntimeError as e:
        print type(view).__name__, 'RuntimeError', e
    del d['new']

# Same size again before the next step: 2.7 does not notice.
it = iter(i)
first = it.next()
d['tmp'] = 0
del d['tmp']
print first, list(it), it.__length_hint__()

# A deletion that leaves the size changed is noticed on the next step only.
it = iter(k)
print it.next()
del d['c']
try:
    it.next()
except RuntimeError as e:
    print 'RuntimeError', e
try:
    it.next()
except (RuntimeError, StopIteration) as e:
    print type(e).__name__, e

# A view of a dict subclass reads the dict itself, not the overrides.
class D(dict):
    def __iter__(self):
        return iter(['overridden'])
    def __len__(self):
        return 99
e = D(p=1, q=2)
print sorted(e.viewkeys()), len(e.viewkeys()), list(e), len(e), e.viewitems()

# A view that contains its dict's own view prints "...".
r = {}
r['me'] = r.viewvalues()
print r, r.viewvalues(), r.viewitems()
