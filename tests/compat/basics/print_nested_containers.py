# Printing nested lists, tuples and dicts mixes repr of strings, ints, longs and floats.
print [1, [2, [3, [4]]]]
print [(1, 'a'), (2, 'b')]
print {'k': [1, 2], 'j': (3, 4)}
print ([], (), {})
print [[], [[]], [[], []]]
print ('a',), ('a', 'b'), (('a',),)
print [1L, 2.0, '3', None, True]
print {1: {2: {3: 'deep'}}}
print [-0.0, 0.0, -1.5, 1e100, 1e-100]
