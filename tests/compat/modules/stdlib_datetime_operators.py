# Operators between the datetime types and other objects: 2.7's messages name
# 'datetime.X'; user objects with reflected methods still get their turn.
import datetime as D
def t(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print label, r
class Plain(object): pass
class Old: pass
class Refl(object):
    def __radd__(self, o): return 'radd %s' % type(o).__name__
    def __rsub__(self, o): return 'rsub'
    def __rmul__(self, o): return 'rmul'
    def __add__(self, o): return NotImplemented
class OldRefl:
    def __radd__(self, o): return 'old radd'
class Days(object):
    def __init__(self, n): self.n = n
    def __add__(self, o): return NotImplemented
d = D.date(2000, 1, 1); td = D.timedelta(1); dt = D.datetime(2000, 1, 1); tm = D.time()
for x in (d, td, dt, tm):
    for y in (Plain(), Old(), Refl(), OldRefl(), Days(2)):
        t('%s+%s' % (type(x).__name__, type(y).__name__), lambda: x + y)
        t('%s+%s' % (type(y).__name__, type(x).__name__), lambda: y + x)
        t('%s-%s' % (type(x).__name__, type(y).__name__), lambda: x - y)
        t('%s*%s' % (type(x).__name__, type(y).__name__), lambda: x * y)
        t('%s//%s' % (type(x).__name__, type(y).__name__), lambda: x // y)
        t('%s<%s' % (type(x).__name__, type(y).__name__), lambda: x < y)
        t('%s==%s' % (type(x).__name__, type(y).__name__), lambda: x == y)


def t1(f):
    t('', f)


d = D.date(2020, 1, 1); dt = D.datetime(2020, 1, 1); tm = D.time(1); td = D.timedelta(1); tz = D.tzinfo()
for x in (d, dt, tm, td, tz):
    t1(lambda: x * 2); t1(lambda: 2 * x); t1(lambda: [1] * x); t1(lambda: 'ab' * x); t1(lambda: x % 3); t1(lambda: 3 % x)
    t1(lambda: x ** 2); t1(lambda: divmod(x, 2)); t1(lambda: x & 1); t1(lambda: 1 | x); t1(lambda: -x); t1(lambda: +x); t1(lambda: ~x); t1(lambda: abs(x))
    t1(lambda: x.foo); t1(lambda: getattr(x, 'bar', 5)); t1(lambda: hasattr(x, 'baz'))
    t1(lambda: x - x); t1(lambda: x + x); t1(lambda: x * x)
