# Printed order of dicts built in different ways (facts section 1 vectors).
print {'a': 1, 'b': 2, 'c': 3}
print {i: i * i for i in range(-5, 5)}
print {str(i): i for i in range(12)}
ks = ['red', 'green', 'blue', 'cyan', 'magenta', 'yellow']
d = {}
for n, k in enumerate(ks):
    d[k] = n
print d
print dict(d)
ks += ['black', 'white', 'orange', 'purple', 'pink']
d = {}
for n, k in enumerate(ks):
    d[k] = n
print d
print {'red': 0, 'green': 1, 'blue': 2, 'cyan': 3, 'magenta': 4, 'yellow': 5,
       'black': 6, 'white': 7, 'orange': 8, 'purple': 9, 'pink': 10}
print dict(red=0, green=1, blue=2, cyan=3, magenta=4, yellow=5, black=6, white=7,
           orange=8, purple=9, pink=10)
print dict.fromkeys(set('abcdefghijkl'))
print dict.fromkeys('abcdefghijkl')
e = dict(d)
print e
e.update(d)
print e
print d.copy()
