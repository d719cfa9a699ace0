# Dicts with int keys: negative, large, colliding and after many deletions.
d = {}
for k in [5, -5, 13, 21, 29, 2 ** 40, -2 ** 40, 2 ** 64, 10 ** 20, 0, -1, -2]:
    d[k] = 1
print d
e = {}
for i in range(100):
    e[i * i] = i
for i in range(0, 100, 3):
    del e[i * i]
e["s"] = "string"
print e
f = dict.fromkeys(range(0, 1000, 37))
print f.keys()
