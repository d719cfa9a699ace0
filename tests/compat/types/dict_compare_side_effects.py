# dict ordering and equality as 2.7 computes them, shown through the calls
# they make to keys' and values' __eq__/__lt__/__cmp__: lengths first; for
# equal lengths the smallest key of each dict whose value differs (found by
# walking the table in slot order), then those keys, then their values.
log = []


class K(object):
    def __init__(self, n, h=None):
        self.n = n
        self.h = n if h is None else h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        log.append('K%d==%s' % (self.n, getattr(other, 'n', other)))
        return isinstance(other, K) and self.n == other.n

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        log.append('K%d<K%d' % (self.n, other.n))
        return self.n < other.n

    def __repr__(self):
        return 'K%d' % self.n


class V(object):
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        log.append('V%d==V%d' % (self.n, other.n))
        return self.n == other.n

    def __cmp__(self, other):
        log.append('cmp(V%d,V%d)' % (self.n, other.n))
        return cmp(self.n, other.n)

    def __repr__(self):
        return 'V%d' % self.n


def show(label, f):
    del log[:]
    try:
        result = f()
    except Exception as e:
        result = '%s: %s' % (type(e).__name__, e)
    print label, result
    print '   ', ' '.join(log)

a = {K(1): V(1), K(2): V(2), K(3): V(3)}
b = {K(1): V(1), K(2): V(5), K(3): V(0)}
show('a < b', lambda: a < b)
show('cmp(a, b)', lambda: cmp(a, b))
show('b >= a', lambda: b >= a)
show('a == b', lambda: a == b)
show('a != dict(a)', lambda: a != dict(a))
show('sorted', lambda: sorted([b, a]))
show('len first', lambda: cmp({K(1): V(1)}, a))

# Keys colliding on one hash: the differing keys are compared with each other.
c = {K(1, 0): V(1), K(9, 0): V(2)}
e = {K(1, 0): V(1), K(8, 0): V(2)}
show('c < e', lambda: c < e)
show('cmp(e, c)', lambda: cmp(e, c))


class D(dict):
    pass


class DC(dict):
    def __cmp__(self, other):
        log.append('DC.__cmp__')
        return 0

show('cmp(D(a), b)', lambda: cmp(D(a), b))
show('D(a) > b', lambda: D(a) > b)
show('DC() < {1: 2}', lambda: DC() < {1: 2})
show('cmp({1: 2}, DC())', lambda: cmp({1: 2}, DC()))
show('dict.__cmp__', lambda: a.__cmp__(b))
show('dict.__cmp__ non-dict', lambda: a.__cmp__([]))
show('{} < 1', lambda: ({} < 1, {} > [], cmp({}, None)))


# A key whose __eq__ empties the other dict in the middle of a comparison.
class Mut(object):
    def __init__(self, n, victim):
        self.n = n
        self.victim = victim

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        log.append('Mut%d==' % self.n)
        if self.victim is not None:
            self.victim.clear()
        return isinstance(other, Mut) and other.n == self.n

    def __lt__(self, other):
        log.append('Mut%d<Mut%d' % (self.n, other.n))
        return self.n < other.n

x, y = {}, {}
x[Mut(1, None)] = 1
x[Mut(2, y)] = 2
y[Mut(1, None)] = 1
y[Mut(3, None)] = 3
show('x < y', lambda: (x < y, len(x), len(y)))


# Errors while looking a key up in the other dict count as "missing";
# errors from comparing values propagate.
class Bad(object):
    def __hash__(self):
        return 1

    def __eq__(self, other):
        log.append('Bad==')
        raise ValueError('boom')

show('p == q', lambda: {Bad(): 1} == {1: 1})
show('cmp(p, q)', lambda: cmp({Bad(): 1}, {1: 1}))


class BadV(object):
    def __eq__(self, other):
        raise ValueError('value __eq__')

show('value error', lambda: {1: BadV()} == {1: BadV()})
r = {}
r[1] = r
show('recursive', lambda: (r == {1: r}, cmp(r, {1: {}})))
