# Larger dicts of string keys: growth order, copies and updates.
d = {}
for i in range(86):
    d["key%d" % (i * 7)] = i
print d.keys()
print dict(d).keys() == d.keys()
print dict(d).keys()[:10]
e = {}
e.update(d)
print e.keys()[:10]
for k in d.keys()[::2]:
    del d[k]
print d.keys()
print len(d), len(e)
