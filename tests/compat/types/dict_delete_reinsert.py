# Order after deletions and reinsertions (dummy slots are reused).
d = {}
for i in range(10):
    d[i * 7] = i
print d
del d[14]
del d[0]
print d
d[100] = 'x'
d[14] = 'back'
print d
for k in d.keys():
    if k % 2:
        del d[k]
print d
for i in range(20):
    d['k%d' % i] = i
print d
print d.keys() == list(d), len(d)
s = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    s[w] = len(w)
del s['the']
s['the'] = 0
print s
