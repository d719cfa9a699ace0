# popitem() order, including the finger that continues after slot 0.
d = {1: 1, 2: 2, 3: 3}
print d.popitem()
d[1] = 1
print d.popitem()
e = dict.fromkeys("abcdefgh", 0)
out = []
while e:
    out.append(e.popitem()[0])
print out
f = {}
for i in range(10):
    f[i * 3] = i
print [f.popitem() for _ in range(4)], f
