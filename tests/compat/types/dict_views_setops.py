# dict views: set operators with every kind of iterable on either side,
# comparisons against sets and other views, and the errors 2.7 raises.
d = {'a': 1, 'b': 2, 'c': 3}
k = d.viewkeys()
items = d.viewitems()
values = d.viewvalues()


def gen(s):
    for ch in s:
        yield ch

others = [['a', 'x'], 'abz', ('b', 'y'), set(['c', 'q']), frozenset(['a']),
          {'a': 0, 'w': 0}, {'b': 1}.viewkeys(), xrange(2), []]
for o in others:
    print type(o).__name__, k & o, k | o, k - o, k ^ o
    print '  reflected', o & k, o | k, o - k, o ^ k
print 'generator', k & gen('abq'), k | gen('xy'), gen('abz') - k, gen('aw') ^ k
print type(k & 'a').__name__, type('a' | k).__name__

print items & [('a', 1), ('b', 3)], items - set([('c', 3)]), items | [('z', 26)]
print [('b', 2), ('q', 0)] ^ items
print items & {'a': 1}.viewitems(), k & items, items - k
print sorted(items ^ d.viewitems()), sorted(k ^ d.viewkeys())

# Comparisons: as sets against sets and keys/items views, else by type.
print k == set('abc'), set('abc') == k, k != frozenset('abc'), k == {'c': 0, 'b': 0, 'a': 0}.viewkeys()
print k < set('abcd'), k <= set('abc'), k > set('ab'), k >= set('abcd'), set('ab') < k
print k == ['a', 'b', 'c'], k != ['a', 'b', 'c'], k == items, items == set(d.items())
print items < set(d.items() + [('z', 0)]), items > set([('a', 1)]), items > set([('a', 2)])
print cmp(k, set('abc')), k < ['a'], k > 'zzz'
print values == d.viewvalues(), values == values, values != values

# `in` on each kind of view.
print 'a' in k, 'z' in k, ('a', 1) in items, ('a', 2) in items, ['a', 1] in items
print ('a',) in items, ([], 1) in items, 3 in values, 7 in values, [] in values

# What views do not support.
for f in [lambda: k & 5, lambda: 5 | k, lambda: k - None, lambda: values & set([1]),
          lambda: set([1]) | values, lambda: k + k, lambda: hash(k), lambda: hash(items),
          lambda: [] in k, lambda: k[0], lambda: k['a'], lambda: values[0],
          lambda: k.isdisjoint(set()), lambda: type(k)(), lambda: type(iter(k))(),
          lambda: {1: []}.viewitems() & set()]:
    try:
        print f()
    except (TypeError, AttributeError) as e:
        print type(e).__name__, e
print hash(values) == hash(values), type(k), type(values), type(items)
print type(iter(k)), type(iter(values)), type(iter(items))
print [n for n in dir(k) if not n.startswith('__')], [n for n in dir(values) if not n.startswith('__')]
