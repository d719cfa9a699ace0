# Sequence indexing by longs and repetition at the limits: 2.7 raises
# MemoryError or OverflowError (never crashes), and the sq_repeat/sq_concat
# slot wrappers raise instead of returning NotImplemented.
import sys


def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print label, '->', type(e).__name__, e
    else:
        print label, '->', repr(r)[:40]


show('[1,2,3][1L]', lambda: [1, 2, 3][1L])
show('[1,2,3][-1L]', lambda: [1, 2, 3][-1L])
show('[1,2,3][2**70]', lambda: [1, 2, 3][2 ** 70])
show('[1,2,3][1L:2L]', lambda: [1, 2, 3][1L:2L])
l = [1, 2, 3]
l[1L] = 5
del l[0L]
print l, l.pop(1L), l
for label, seq in [('str', 'a'), ('str2', 'ab'), ('unicode', u'a'), ('unicode2', u'ab'),
                   ('list', [1]), ('list2', [1, 2]), ('tuple', (1,)), ('tuple3', (1, 2, 3)),
                   ('bytearray', bytearray('a'))]:
    for n in (sys.maxint, 2 ** 62, 2 ** 61, 2 ** 63, -2 ** 64, 2 ** 64):
        show('%s * %d' % (label, n), lambda: seq * n)
    show('%s * -3L' % label, lambda: seq * -3L)
    show('%s * 2L' % label, lambda: seq * 2L)
    show('3 * %s' % label, lambda: 3 * seq)
    show('%s * 2.0' % label, lambda: seq * 2.0)
    show('%s.__mul__(2.0)' % label, lambda: seq.__mul__(2.0))
    show('%s.__rmul__(None)' % label, lambda: seq.__rmul__(None))
    show('%s.__mul__(2)' % label, lambda: seq.__mul__(2))
    show('%s.__rmul__(2)' % label, lambda: seq.__rmul__(2))
    show('%s.__add__(1)' % label, lambda: seq.__add__(1))
x = [1]
try:
    x *= 2 ** 62
except MemoryError:
    print 'list *= MemoryError', x
b = bytearray('ab')
try:
    b *= 2 ** 62
except MemoryError:
    print 'bytearray *= MemoryError', b
show('tuple.__mul__((1,), 2.0)', lambda: tuple.__mul__((1,), 2.0))
show('int.__format__(5, u"d")', lambda: int.__format__(5, u'd'))
show('long.__format__(5L, u"x")', lambda: long.__format__(5L, u'x'))
show('float.__format__(1.5, u"")', lambda: float.__format__(1.5, u''))
show('(1j).__format__(u"")', lambda: (1j).__format__(u''))
show('int.__format__(5, 1)', lambda: int.__format__(5, 1))
show('format(5, u"d")', lambda: format(5, u'd'))
show('(5).__format__()', lambda: (5).__format__())
