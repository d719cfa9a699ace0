# Deleting from lists and dicts safely while looping (copies, reversed indices).
l = range(10)
for i in reversed(range(len(l))):
    if l[i] % 3 == 0:
        del l[i]
print l
d = dict.fromkeys("abcdefgh", 1)
for k in d.keys():
    if k in "aeiou":
        del d[k]
print d
l2 = [1, 2, 2, 3, 2]
while 2 in l2:
    l2.remove(2)
print l2
l3 = range(6)
del l3[::2]
print l3
