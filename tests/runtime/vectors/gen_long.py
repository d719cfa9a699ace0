# SPDX-License-Identifier: Apache-2.0
"""Generates the long tables of tests/runtime/long_test.cc from CPython 2.7.

    PYENV_VERSION=2.7.18 python2.7 tests/runtime/vectors/gen_long.py

long_arith.inc: every operator over longs (small ones, the int64 boundary,
many-limb values), mixed with int, float, bool and non-numbers.
long_misc.inc: long() from numbers and strings, methods, attributes and the
__op__ spellings. Expected values are what this interpreter prints.
"""
import sys

from optable import E, Table

M = sys.maxint
LONGS = [0L, 1L, -1L, 7L, -7L, long(M), long(M) + 1, -long(M) - 1, -long(M) - 2, 2 ** 64, -2 ** 64 + 1, 3 ** 50,
         -(10 ** 30) - 7, 2 ** 100 + 1, 10 ** 40]
FEW = [0L, -1L, 7L, long(M) + 1, 3 ** 50]
MIXED = [0, 3, -2, M, -M - 1, 2.5, -0.0, 1e300, float('nan'), True, 1j, 'a', None, [1]]
OPS = ['+', '-', '*', '/', '//', '%', '&', '|', '^', 'truediv', '<', '==', '>=', 'divmod', 'cmp', 'coerce']


def arith(t):
    for a in LONGS:
        for op in ('neg', 'pos', '~', 'abs', 'not', 'repr', 'str', 'hash', 'hex', 'oct', 'bin', 'float', 'int',
                   'round', 'bool', 'unicode'):
            t.row(op, a)
        for b in LONGS:
            if a in FEW or b in FEW:
                for op in OPS:
                    t.row(op, a, b)
        for b in [0, 1, 3, 63, 64, 100, -1, 2 ** 64, 2 ** 63 - 1]:
            t.row('<<', a, b if b < 200 or a == 0 else -1)
            t.row('>>', a, b)
            if 0 <= b <= 100:
                t.row('**', a, b if abs(a) < 2 ** 70 else 3)
            else:
                t.row('**', a, b if b < 0 else -1)
        for b in MIXED:
            for op in OPS + ['**']:
                if op == '**' and (isinstance(b, (int, long)) and abs(b) > 64 or abs(a) > 64):
                    continue
                if op == '*' and isinstance(b, (str, list)) and a > 2 ** 40 and a <= M:
                    continue  # a real repetition of a huge size
                t.row(op, a, b)
                t.row(op, b, a)
    for a, b, m in [(3L, 4, 5), (2, 100, 2 ** 70 + 1), (-7L, 3, -5), (2L, -1, 5), (2L, 3, 0), (2L, 3, 2.0),
                    (10 ** 20, 10 ** 20, 10 ** 9 + 7), (2L, 3, None), (0L, 0, 1)]:
        t.row('pow', a, b, m)
    for a, b in [(3L, 'ab'), ('ab', 2L), (2L, [1]), (2 ** 64, 'x'), (-1L, (1,))]:
        t.row('*', a, b)
    return t.write('long_arith.inc', 'gen_long.py')


def misc(t):
    for v in [0, -5, M, 2 ** 100, 1.5, -1.5, 1e19, -1e300, 1e308, float('inf'), float('nan'), True, 5L, 1j, None,
              [1], '12', ' -12L ', '12l', '0x1fL', '1e5', '', u'\u0661', '9' * 50]:
        t.row('long', v)
    for s in ['0', '-12', 'zz', '0x1f', '0b11', '0o7', '07', '12L', '1L2', ' 7 ']:
        for base in (0, 2, 8, 16, 36, 1, 37):
            t.row('long', s, base)
    t.row('long', 12, 10)
    t.row('long', '1', 2, 3)
    t.row('value', E("long(x='12')"))
    t.row('value', E("long('12', base=8)"))
    t.row('long')
    for a in [0L, 1L, -1L, 255L, long(M) + 1, -2 ** 64, 3 ** 50]:
        for op in ('.bit_length()', '.conjugate()', '.numerator', '.denominator', '.real', '.imag', '.__int__()',
                   '.__long__()', '.__float__()', '.__trunc__()', '.__index__()', '.__hex__()', '.__oct__()',
                   '.__neg__()', '.__abs__()', '.__invert__()', '.__nonzero__()', '.__hash__()', '.__repr__()',
                   '.__str__()', '.__getnewargs__()', '.__class__'):
            t.row(op, a)
        for b in [0L, 3L, -2, 2.5, 'x', True]:
            for op in ('.__add__()', '.__sub__()', '.__mul__()', '.__div__()', '.__floordiv__()', '.__mod__()',
                       '.__divmod__()', '.__and__()', '.__or__()', '.__xor__()', '.__truediv__()', '.__radd__()',
                       '.__rsub__()', '.__rfloordiv__()', '.__rmod__()', '.__cmp__()', '.__coerce__()',
                       '.__eq__()', '.__lt__()'):
                t.row(op, a, b)
        for spec in ['', 'd', '>8', '+', 'x', '#X', 'o', 'b', ',', '08,d', 'e', '.2f', '%', 's', 'c', 'n']:
            t.row('format', a, spec)
    t.row('.__name__', E('long'))
    t.row('.__bases__', E('long'))
    t.row('isinstance', 1L, E('int'))
    t.row('=.real', 1L, 2)
    return t.write('long_misc.inc', 'gen_long.py')


if __name__ == '__main__':
    for fn in (arith, misc):
        print '%s: %d rows' % (fn.__name__, fn(Table()))
