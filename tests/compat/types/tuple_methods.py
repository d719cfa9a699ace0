# tuple: count, index, slicing, comparison, hashing, conversions and errors.
t = (1, 2, 3, 2, 1)
print t.count(2), t.index(2), t.index(1, 1), t[1:3], t[::-1], t[::2]
print tuple([1, 2]), tuple("ab"), tuple(), tuple(t) is t, (1,) * 3, (1, 2) + (3,)
print (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (1, 'a') == (1, 'a')
print hash(()), hash((1,)), hash((1, 2)), hash(('a', 1))
print len(t), 3 in t, min(t), max(t), sorted(t)
print (1, [2, 3]), ((1,),), (None,)
for f in [lambda: t.index(9), lambda: t[10], lambda: hash((1, [2]))]:
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
try:
    t[0] = 9
except TypeError as e:
    print e
x = t
x += (6,)
print x, t
