# Overwriting dict values keeps the key position; len unchanged.
d = {'a': 1, 'b': 2, 'c': 3}
d['b'] = 20
d['a'] = d['a'] + 100
print d, len(d)
for k in d:
    d[k] = d[k] * 2
print d
print d.get('a'), d.get('q', 'none')
if 'c' in d:
    print 'c is', d['c']
