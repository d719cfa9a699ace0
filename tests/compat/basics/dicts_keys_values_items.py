# keys(), values() and items() return lists in the same order as iteration.
d = {'x': 1, 'y': 2, 'z': 3, 'w': 4}
print d.keys()
print d.values()
print d.items()
for k, v in d.items():
    print k, v
print sorted(d.keys()), sorted(d.values())
print len(d.items())
n = {}
for i in range(20):
    n[i * i] = i
print n.keys()
print n.values()
