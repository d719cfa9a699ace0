# for loops over lists, tuples, strings and dicts (dict in key order).
for x in [3, 1, 2]:
    print x
for x in (1, 'b', 2.5):
    print x
for c in "hey":
    print c
d = {'a': 1, 'b': 2, 'c': 3}
for k in d:
    print k, d[k]
for a, b in [(1, 2), (3, 4)]:
    print a + b
i = 0
for c in "xyz":
    print i, c
    i = i + 1
