# Dict literals, item assignment, lookup, in, len, get.
d = {'a': 1, 'b': 2, 'c': 3}
print d
print d['a'], len(d)
d['d'] = 4
d['a'] = 10
print d, len(d)
print 'a' in d, 'z' in d, 'z' not in d
print d.get('b'), d.get('z'), d.get('z', 0)
e = {}
e[1] = 'one'
e[2] = 'two'
print e, e[1]
print {1: 'a', 1.0: 'b', True: 'c'}
print {}
