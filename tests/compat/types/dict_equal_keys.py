# Equal keys of different types share one entry: first key kept, last value wins.
print {1: 'a', 1.0: 'b', True: 'c'}
print {1.0: 'a', 1: 'b'}
d = {}
d[0] = 'int'
d[0.0] = 'float'
d[False] = 'bool'
print d, d[0L]
print {2 ** 64: 1, 2.0 ** 64: 2}, {(1, 2): 'x', (1.0, 2.0): 'y'}
print {u'a': 1, 'a': 2}, {'a': 1, u'a': 2}
