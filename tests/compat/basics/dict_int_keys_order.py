# Dicts with small int keys print in slot order (not insertion order).
d = {}
for k in [5, 3, 9, 1, 7]:
    d[k] = k * 10
print d
print d.keys(), d.values()
e = {10: 'a', 2: 'b', 33: 'c', 4: 'd'}
print e
f = {}
for i in range(20, 0, -1):
    f[i] = i
print f
g = {-1: 'm', -2: 'n', 0: 'z'}
print g
