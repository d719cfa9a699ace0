# dict views: viewkeys/viewvalues/viewitems and their set operations.
d = {'a': 1, 'b': 2, 'c': 3}
k = d.viewkeys()
v = d.viewvalues()
i = d.viewitems()
print k, v, i
print len(k), 'a' in k, 2 in v, ('a', 1) in i, ('a', 2) in i
d['z'] = 26
print k, list(v), sorted(i)
print k & set(['a', 'z', 'q']), k | set(['q']), k - set(['a']), k ^ set(['a', 'w'])
print sorted(k), list(reversed(sorted(v)))
print k == set(['a', 'b', 'c', 'z']), i & set([('a', 1)])
