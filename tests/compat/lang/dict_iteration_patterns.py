# Common dict iteration patterns: items, sorted keys, iteritems, building inverted dicts.
d = {'one': 1, 'two': 2, 'three': 3, 'four': 4}
for k in d:
    print k,
print
for k, v in d.iteritems():
    print k, v
for k in sorted(d, key=d.get):
    print k,
print
inv = dict((v, k) for k, v in d.items())
print inv
print [k for k in d if len(k) > 3], sum(d.itervalues())
