# Mutating a dict or set while iterating raises RuntimeError.
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print e
s = set([1, 2])
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print e
d = {1: 1, 2: 2, 3: 3}
for k in d:
    d[k] = k * 10
print d
a = [1, 2, 3, 4, 5]
for x in a:
    if x == 2:
        a.remove(x)
    print x,
print a
