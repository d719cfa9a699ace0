# SPDX-License-Identifier: Apache-2.0
"""Generates the float tables of tests/runtime/float_test.cc from CPython 2.7.

    PYENV_VERSION=2.7.18 python2.7 tests/runtime/vectors/gen_float.py

float_ops.inc: + - * and comparisons against floats, ints and longs (exact
comparison across the 2**53 boundary), the other operators' error messages,
unary ops, round(). float_misc.inc: float() from numbers and strings, the
methods (is_integer, as_integer_ratio, hex, fromhex, conjugate, __trunc__,
__getformat__...) and attributes. Division, modulo and power in depth are
float_format_test.cc (float_arith.inc). Expected values are this
interpreter's.
"""
import sys

from optable import E, Table

M = sys.maxint
INF = float('inf')
NAN = float('nan')
FLOATS = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 1e16, 2.0 ** 53, 2.0 ** 63, -2.0 ** 63, 1e300, -1e-300, 5e-324, INF, -INF,
          NAN, 123456.789]
OTHERS = [0, 1, -3, 2 ** 53 + 1, M, -M - 1, 2 ** 63, 10 ** 400, 3L, True, 1j, 'a', None, [1]]


def ops(t):
    for a in FLOATS:
        for op in ('neg', 'pos', 'abs', 'not', 'truth', 'repr', 'str', 'int', 'long', 'round', 'bool', '~',
                   'hex', 'oct', 'unicode', 'float'):
            t.row(op, a)
        for n in (0, 1, 2, -1, -2, 5, 20, 400, -400):
            t.row('round', a, n)
        for b in FLOATS:
            for op in ('+', '-', '*', '<', '<=', '==', '!=', '>', '>=', 'cmp', 'coerce'):
                if op == 'cmp' and (a != a or b != b):
                    continue  # cmp() with a nan falls back to comparing addresses
                t.row(op, a, b)
        for b in OTHERS:
            for op in ('+', '-', '*', '/', '//', '%', '**', '<', '==', '>', 'cmp', 'divmod', '<<', '&', 'coerce'):
                if op == '**' and a in (1e300, 1e16, 123456.789) and b in (M, 10 ** 400, 2 ** 63):
                    continue
                if op == 'cmp' and a != a:
                    continue  # see above
                t.row(op, a, b)
                t.row(op, b, a)
    for a, b in [(2.0 ** 53, 2 ** 53 + 1), (2.0 ** 63, M), (2.0 ** 63, 2 ** 63), (-2.0 ** 63, -M - 1),
                 (1e300, 10 ** 300), (1e16, 10 ** 16 + 1), (0.5, 0), (INF, 10 ** 400), (NAN, 0)]:
        for op in ('<', '<=', '==', '!=', '>', '>='):
            t.row(op, a, b)
            t.row(op, b, a)
    for op in ('+=', '-=', '*=', '/=', '//=', '%=', '**='):
        t.row(op, 2.5, 2)
        t.row(op, 2.5, 0.0)
    return t.write('float_ops.inc', 'gen_float.py')


def misc(t):
    for v in [0, -5, M, 2 ** 100, 10 ** 400, 1.5, True, 5L, 1j, None, [1], '12', ' -1.5 ', '1e5', '1e500', '-1e500',
              'inf', '-Infinity', 'nan', '-NaN', '+inf', 'infinit', '0x10', '1_0', '1.5L', '', ' ', '.', '1.',
              '.5', '1e', 'e5', u'1.5', u'\u0661.5', '1.5\x00', '  3.25\n', '1' * 400, '0.' + '0' * 400 + '1']:
        t.row('float', v)
    t.row('float', 1, 2)
    t.row('value', E("float(x='1.5')"))
    t.row('float')
    for a in FLOATS + [3.0, -7.25, 1e22, 0.3]:
        for op in ('.is_integer()', '.as_integer_ratio()', '.hex()', '.conjugate()', '.real', '.imag',
                   '.__int__()', '.__long__()', '.__float__()', '.__trunc__()', '.__neg__()', '.__abs__()',
                   '.__nonzero__()', '.__hash__()', '.__repr__()', '.__str__()', '.__getnewargs__()', '.__class__',
                   '.__index__()'):
            t.row(op, a)
        for b in [0.0, 2, 2.5, -1L, 'x', True, 1j]:
            for op in ('.__add__()', '.__sub__()', '.__mul__()', '.__div__()', '.__floordiv__()', '.__mod__()',
                       '.__divmod__()', '.__pow__()', '.__truediv__()', '.__radd__()', '.__rsub__()', '.__rdiv__()',
                       '.__rpow__()', '.__coerce__()', '.__eq__()', '.__lt__()', '.__ge__()'):
                t.row(op, a, b)
    for s in ['0x1p0', '0x1.8p1', '-0x1p-1074', '0x1p1024', 'inf', '-infinity', 'nan', ' 0x10 ', '0x', '1.5', '0X1P+3',
              '0x.8', '0x1.fffffffffffff8p1023', 'zz', '']:
        t.row('.fromhex()', E('float'), s)
    t.row('.fromhex()', E('float'), 1)
    for kind in ('double', 'float', 'int'):
        t.row('.__getformat__()', E('float'), kind)
    t.row('.is_integer()', 1.0, 2)
    t.row('=.real', 1.0, 2)
    t.row('.__name__', E('float'))
    t.row('.__bases__', E('float'))
    return t.write('float_misc.inc', 'gen_float.py')


if __name__ == '__main__':
    for fn in (ops, misc):
        print '%s: %d rows' % (fn.__name__, fn(Table()))
