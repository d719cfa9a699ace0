# Old-style instances compare through __coerce__ first, then __cmp__ (v's,
# then w's reflected); a coercion that leaves no instance compares the values.
def t(label, f):
    try: print label, repr(f())
    except Exception as e: print label, type(e).__name__, e
class P:
    def __init__(self, v=0): self.v = v
    def __repr__(self): return 'P(%r)' % self.v
    def __coerce__(self, o): print 'coerce', o; return None
    def __cmp__(self, o): print 'cmp', self, o; return cmp(self.v, getattr(o, 'v', o))
t('lt', lambda: P(1) < P(2))
t('eq int', lambda: P(1) == 1)
t('rev', lambda: 3 > P(2))
t('cmp', lambda: cmp(P(3), 2))
t('sorted', lambda: sorted([P(3), P(1), P(2)]))
class C:
    def __init__(self, v): self.v = v
    def __coerce__(self, o): print 'C coerce', o; return (self.v, o)
t('coerced to ints', lambda: (C(5) < 7, C(5) == 5, cmp(C(9), 2), 4 < C(3)))
class D:
    def __coerce__(self, o): return 5
t('bad coerce', lambda: D() < 1)
class E:
    def __cmp__(self, o): return 'x'
t('bad cmp', lambda: E() < E())
class F:
    def __cmp__(self, o): return NotImplemented
t('notimpl', lambda: (F() == F(), cmp(1, F()) in (-1, 1)))
class G:
    def __getattr__(self, n):
        print 'getattr', n
        if n == '__cmp__': return lambda o: -1
        raise AttributeError(n)
t('getattr cmp', lambda: G() < 5)
class H(object):
    def __cmp__(self, o): print 'new-style cmp'; return 0
class I:
    def __cmp__(self, o): print 'I cmp', type(o).__name__; return 1
t('new vs old', lambda: H() < I())
t('old vs new', lambda: I() < H())
class L:
    def __cmp__(self, o): return 10L ** 30
t('long result', lambda: L() > 1)
