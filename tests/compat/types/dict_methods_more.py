# dict's full method set as 2.7 has it: dir({}), iterator types, fromkeys on
# subclasses, __missing__, update's inputs and errors, pop/popitem corners.
def t(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e

print [n for n in dir({}) if not n.startswith('__') or n in ('__cmp__', '__nonzero__', '__missing__')]
d = {'a': 1, 'b': 2}
print type(d.iterkeys()).__name__, type(d.itervalues()).__name__, type(d.iteritems()).__name__
print type(iter(d)).__name__, type(iter(d.viewitems())).__name__
it = d.iteritems()
print it.__length_hint__(), it.next(), it.__length_hint__()

class D(dict):
    pass

class Loud(dict):
    def __setitem__(self, k, v):
        print 'setitem', k, v
        dict.__setitem__(self, k, v * 2)

print D.fromkeys('ab'), type(D.fromkeys('ab')).__name__, type(D().fromkeys([1])).__name__
print D.fromkeys({1: 2, 3: 4}, 0), type(D.fromkeys(set([5]))).__name__
print Loud.fromkeys('ab', 1), Loud.fromkeys({'x': 0}, 3)
print dict.fromkeys(D(q=1)), {}.fromkeys(xrange(3), 'v')
t(lambda: dict.fromkeys())
t(lambda: dict.fromkeys(1))
t(lambda: dict.fromkeys([1], 2, 3))


class M(dict):
    def __missing__(self, key):
        print 'missing', key
        return key * 2

m = M(a=1)
print m['a'], m['b'], m.get('b'), 'b' in m, m.pop('b', 'p'), m.setdefault('c', 's'), m
print dict.__getitem__(M(), 'z')


class M3(dict):
    def __missing__(self, key):
        raise KeyError('nope ' + key)

t(lambda: M3()['q'])
t(lambda: {}.__missing__)

t(lambda: {}.pop([], 1))
t(lambda: {}.pop([]))
t(lambda: {1: 2}.pop([], 1))
t(lambda: {}.popitem())
t(lambda: d.pop('zz'))
t(lambda: d.pop(('x', 1)))
t(lambda: d.pop())
t(lambda: d.pop(1, 2, 3))
t(lambda: d.setdefault())
t(lambda: d.setdefault([], 3))
t(lambda: d.has_key())
t(lambda: d.has_key(1, 2))
t(lambda: d.viewkeys(1))
t(lambda: d.clear(1))
t(lambda: d.__cmp__({}))
t(lambda: d.__cmp__(1))


class Seq(object):
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError
        return 'ab'[i] + 'xy'[i]


class KeysAttr(object):
    keys = 5


class Pairs(object):
    def __iter__(self):
        return iter([('k', 'v')])


for arg in [[(1, 2), [3, 4], 'ab'], [1], [(1, 2, 3)], [(1, 2), (1,)], [[1]], [None], 7, None,
            [Seq()], Seq(), [iter([1, 2])], ['ab', u'cd'], KeysAttr(), Pairs(), D(z=26)]:
    e = {}
    t(lambda: (e.update(arg), e)[1])
    t(lambda: dict(arg))

x = {}
x.update(a=1, b=2)
x.update([('c', 3)], d=4)
x.update({'e': 5}, a=9)
x.update()
print sorted(x.items())
t(lambda: {}.update({}, {}))
t(lambda: dict({}, {}))
t(lambda: dict([('a', 1)], b=2))
t(lambda: dict(**{'x': 1, 'y': 2}))
y = {1: 2}
y.__init__({3: 4}, z=5)
print y
print type(D(a=1).copy()).__name__, D(a=1).copy(), D(a=1) == {'a': 1}, {'a': 1} == D(a=1)
