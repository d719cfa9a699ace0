def t(label, f):
    try: print label, repr(f())
    except Exception as e: print label, type(e).__name__, e
class O:
    "doc O"
    x = 1
    def m(self): return 'm'
class P(O):
    def __init__(self, v=0): self.v = v
    def __repr__(self): return 'P(%r)' % self.v
    def __add__(self, o): return P(self.v + getattr(o, 'v', o))
    def __radd__(self, o): return P(o + self.v)
    pass
    def __cmp__(self, o): return cmp(self.v, getattr(o, 'v', o))
    def __len__(self): return self.v
    def __getitem__(self, i):
        if i >= self.v: raise IndexError(i)
        return i * 2
t('repr class', lambda: repr(O)[:12])
t('repr inst', lambda: repr(O())[:24])
t('str class', lambda: str(O))
t('dict', lambda: sorted(O.__dict__.keys()))
t('inst dict', lambda: P(3).__dict__)
t('class attr', lambda: P(1).x)
t('method', lambda: P(1).m())
t('unbound', lambda: repr(P.m)[:25])
t('add', lambda: P(1) + 2)
t('radd', lambda: 2 + P(1))
t('add inst', lambda: P(1) + P(2))
t('len', lambda: len(P(3)))
t('iter', lambda: list(P(3)))
t('in', lambda: 4 in P(3))
t('bool', lambda: (bool(P(0)), bool(P(2))))
t('no attr', lambda: O().zz)
t('class no attr', lambda: O.zz)
t('call inst', lambda: O()())
t('no len', lambda: len(O()))
t('no add', lambda: O() + 1)
t('no getitem', lambda: O()[0])
t('isinstance', lambda: (isinstance(P(), O), issubclass(P, O), isinstance(O(), object)))
t('__class__', lambda: P().__class__ is P)
t('set __class__', lambda: setattr(P(), '__class__', O))
t('set __bases__', lambda: setattr(P, '__bases__', 5))
t('set __name__', lambda: setattr(P, '__name__', 5))
t('set __dict__', lambda: setattr(P, '__dict__', 5))
t('init returns', lambda: type(type('x', (), {})()).__name__)
class Q:
    def __init__(self): return 5
t('init nonNone', lambda: Q())
class R:
    def __getattr__(self, n): return n * 2
t('getattr', lambda: R().ab)
t('getattr dunder', lambda: R().__len__)
class S:
    def __setattr__(self, n, v): print 'set', n, v
    def __delattr__(self, n): print 'del', n
s = S(); s.a = 1; del s.b
class W:
    def __str__(self): return 'strW'
    def __nonzero__(self): return 0
    def __call__(self, *a): return a
    def __contains__(self, x): return x == 1
    def __iter__(self): return iter([7, 8])
    def __int__(self): return 42
    def __float__(self): return 4.5
    def __neg__(self): return 'neg'
    def __hex__(self): return '0x1'
    def __index__(self): return 3
t('str', lambda: str(W()))
t('nonzero', lambda: bool(W()))
t('call', lambda: W()(1, 2))
t('contains', lambda: (1 in W(), 2 in W()))
t('iter2', lambda: list(W()))
t('int/float', lambda: (int(W()), float(W()), -W(), hex(W())))
t('index', lambda: [0, 1, 2, 3, 4][W()])
t('slice', lambda: range(10)[W():])
class X:
    def __coerce__(self, o): return (1, o)
t('coerce add', lambda: X() + 5)
t('coerce builtin', lambda: coerce(X(), 2))
t('coerce ints', lambda: coerce(1, 2.5))
t('coerce fail', lambda: coerce(1, 'a'))
