# dict: every method, printing results and the dict afterwards.
d = {'a': 1, 'b': 2, 'c': 3}
print d.keys(), d.values(), d.items()
print d.get('a'), d.get('z'), d.get('z', 'dflt'), d.has_key('a'), d.has_key('q')
print d.setdefault('a', 100), d.setdefault('e', 5), d
print d.pop('e'), d.pop('zz', None), d
e = d.copy(); e['x'] = 9; print d, e
d.update({'d': 4}); print d
d.update([('f', 6)], g=7); print d
d.update(h=8); print d
print sorted(d.iterkeys()), sorted(d.itervalues()), sorted(d.iteritems())
print dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), {}.fromkeys((5,), [])
f = {1: 1, 2: 2, 3: 3}
print f.popitem(); f[1] = 1; print f.popitem(), f
d.clear(); print d, len(d)
for g in [lambda: {}.popitem(), lambda: {}.pop('k'), lambda: d['nope'], lambda: d.update(1),
          lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: {}.get()]:
    try:
        g()
    except Exception as exc:
        print type(exc).__name__, exc
