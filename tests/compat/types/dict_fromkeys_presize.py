# dict.fromkeys of an exact dict, set or frozenset presizes the table and
# copies the source's slot order and stored hashes; any other source is
# inserted one key at a time. The printed order shows which happened.
for n in (5, 6, 11, 12, 22, 23, 40):
    keys = ['k%d' % i for i in range(n)]
    src = dict.fromkeys(keys)
    print n, dict.fromkeys(src).keys()
    print '  set', dict.fromkeys(set(keys), 0).keys()
    print '  frozenset', dict.fromkeys(frozenset(keys), 0).keys()
    print '  list', dict.fromkeys(keys).keys()


class DS(dict):
    pass


class SS(set):
    pass

keys = ['x%d' % i for i in range(11)]
print dict.fromkeys(DS.fromkeys(keys)).keys()
print dict.fromkeys(SS(keys)).keys()
print DS.fromkeys(dict.fromkeys(keys)).keys()

calls = []


class H(object):
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        calls.append(self.n)
        return self.n

    def __repr__(self):
        return 'H%d' % self.n

hs = dict.fromkeys([H(3), H(1), H(2)])
del calls[:]
print sorted(dict.fromkeys(hs), key=repr), calls
print sorted(dict.fromkeys(list(hs)), key=repr), sorted(calls)
