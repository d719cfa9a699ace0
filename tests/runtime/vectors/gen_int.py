# SPDX-License-Identifier: Apache-2.0
"""Generates the int tables of tests/runtime/int_test.cc from CPython 2.7.

    PYENV_VERSION=2.7.18 python2.7 tests/runtime/vectors/gen_int.py

int_arith.inc: every operator over int pairs around 0, the 32-bit and the
64-bit (sys.maxint) boundaries, so overflow into long shows, plus mixed
operands (long, float, bool, complex, str, None, list). int_new.inc: int()
from numbers and strings in every base, with its error messages.
int_methods.inc: methods and attributes (bit_length, conjugate, numerator...,
the __op__ spellings, __format__). Expected values are what this interpreter
prints.
"""
import sys

from optable import E, Table

M = sys.maxint
INTS = [0, 1, -1, 2, -2, 3, 7, -7, 10, 255, -256, 2 ** 31, -2 ** 31, 2 ** 32 + 1, 3037000499, 3037000500,
        2 ** 62, M - 1, M, -M, -M - 1]
FEW = [0, 1, -1, 7, 2 ** 31, M, -M - 1]
SMALL_RIGHT = [0, 1, -1, 2, 3, -3, 7, 31, 62, 63, 64, 65, 200]
MIXED = [1L, -3L, 2 ** 64, 2.5, -0.0, 1e300, float('inf'), float('nan'), True, False, 1j, 'a', u'b', None, [1], (1,)]
OPS = ['+', '-', '*', '/', '//', '%', '&', '|', '^', 'truediv', '<', '<=', '==', '!=', '>', '>=', 'divmod',
       'cmp', 'coerce']


def arith(t):
    for a in INTS:
        for op in ('neg', 'pos', '~', 'abs', 'not', 'truth', 'repr', 'str', 'hash', 'hex', 'oct', 'bin', 'float',
                   'long', 'int', 'round', 'unicode', 'bool', 'chr'):
            t.row(op, a)
        for b in INTS:
            if a in FEW or b in FEW or (a + b) % 3 == 0:
                for op in OPS:
                    t.row(op, a, b)
        for b in SMALL_RIGHT + [-b for b in SMALL_RIGHT] + [M, 2 ** 64]:
            for op in ('<<', '>>', '**'):
                if op == '**' and (b > 64 or abs(a) > 2 ** 31 and b > 8):
                    continue
                t.row(op, a, b)
        for b in MIXED if a in FEW else ():
            for op in OPS + ['**', '<<', '>>']:
                if op == '*' and isinstance(b, (str, unicode, list, tuple)) and a > 10:
                    continue  # a real repetition of a huge size
                huge = op in ('**', '<<')
                if not (huge and isinstance(b, (int, long)) and b > 64):
                    t.row(op, a, b)
                if not (huge and a > 64):
                    t.row(op, b, a)
        for op in ('+=', '-=', '*=', '/=', '//=', '%=', '&=', '|=', '^=', '<<=', '>>='):
            t.row(op, a, 3)
            t.row(op, a, M)
    for a in (0, 1, -1, 2, 3, 7, 10, -10, M, -M - 1, 2 ** 40):
        for b in (0, 1, 2, -1, 5, 63, 100):
            for m in (None, 0, 1, 2, -3, 7, 1000000007, 2 ** 70, 2.0):
                t.row('pow', a, b) if m is None else t.row('pow', a, b, m)
    for v in (0, 65, 1114111, 1114112, -1, 2 ** 31, M):
        t.row('unichr', v)
    t.row('pow', 2, 3, 5)
    t.row('pow', 2.0, 3, 5)
    t.row('pow', 2, 3, 'x')
    t.row('pow', 2)
    t.row('pow', 2, 3, 4, 5)
    for a, b in [(3, 'ab'), ('ab', 3), (2, [1, 2]), (-1, 'x'), (2, (1,)), (2, u'\xe9')]:
        t.row('*', a, b)
    return t.write('int_arith.inc', 'gen_int.py')


def constructor(t):
    for v in [0, -5, M, -M - 1, M + 1, -M - 2, 2 ** 100, 1.5, -1.5, 1.9999, -0.0, 1e18, 1e19, -1e19, 1e100,
              float('inf'), float('-inf'), float('nan'), True, False, 5L, 1j, None, [1], (), 2.0 ** 63]:
        t.row('int', v)
        t.row('int', v, 10)
    texts = ['0', '12', '-12', '+12', ' 12 ', '\t12\n', '1_0', '12L', '12l', '0x1f', '0X1F', '0o17', '0O17', '017',
             '0b101', '0B11', '09', '1e5', '1.5', '', ' ', '-', '+', '--1', 'z', 'Z', 'zz', '9223372036854775807',
             '9223372036854775808', '-9223372036854775808', '-9223372036854775809', '99999999999999999999999',
             '0x', '0b', '0o', '12\x00', u'12', u'\u0661\u0662', u' -7 ', u'\xe9', '1 2', '0L', '-0', '00', '0xffL']
    for s in texts:
        for base in (None, 0, 2, 8, 10, 16, 36):
            t.row('int', s) if base is None else t.row('int', s, base)
    for base in (1, -1, 37, 2 ** 64, 10L, 16.0, '10', None):
        t.row('int', '10', base)
    t.row('int', 12, 10)
    t.row('int', 12, 0)
    t.row('int', 1, 2, 3)
    for call in ["int(x='12')", "int('12', base=8)", "int(x='z', base=36)", "int(base=8)", "int(y=1)",
                 "int(12, x=1)", "int('1', 2, base=2)"]:
        t.row('value', E(call))
    t.row('int')
    t.row('int', E("bytearray('12')"))
    t.row('int', '1' * 400)
    return t.write('int_new.inc', 'gen_int.py')


def methods(t):
    for a in [0, 1, -1, 5, -5, 255, 256, 2 ** 31, -2 ** 31, M, -M - 1, 12345]:
        for op in ('.bit_length()', '.conjugate()', '.numerator', '.denominator', '.real', '.imag',
                   '.__int__()', '.__long__()', '.__float__()', '.__trunc__()', '.__index__()', '.__hex__()',
                   '.__oct__()', '.__neg__()', '.__pos__()', '.__abs__()', '.__invert__()', '.__nonzero__()',
                   '.__hash__()', '.__repr__()', '.__str__()', '.__getnewargs__()', '.__sizeof__()', '.__class__'):
            t.row(op, a)
        for b in [0, 3, -2, M, 2.5, 2L, 'x', True]:
            for op in ('.__add__()', '.__sub__()', '.__mul__()', '.__div__()', '.__floordiv__()', '.__mod__()',
                       '.__divmod__()', '.__pow__()', '.__lshift__()', '.__rshift__()', '.__and__()', '.__or__()',
                       '.__xor__()', '.__truediv__()', '.__radd__()', '.__rsub__()', '.__rmul__()', '.__rdiv__()',
                       '.__rfloordiv__()', '.__rmod__()', '.__rdivmod__()', '.__rpow__()', '.__rlshift__()',
                       '.__rrshift__()', '.__rand__()', '.__ror__()', '.__rxor__()', '.__rtruediv__()',
                       '.__cmp__()', '.__coerce__()', '.__eq__()', '.__lt__()'):
                if op in ('.__pow__()', '.__lshift__()') and b == M or op in ('.__rpow__()', '.__rlshift__()') and a > 64:
                    continue
                t.row(op, a, b)
        for spec in ['', 'd', '5d', '<5', '>5', '^5', '=+8', '+', '-', ' ', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b',
                     'c', 'n', ',', '08,d', '010x', 'e', '.2f', 'g', '%', '.3%', 's', '.2d', '_', ',x', '*^9', 'E',
                     'G', 'F', '#', '0', '=', '+#012x', '-^+7', u'd', u'x']:
            t.row('format', a, spec)
            t.row('.__format__()', a, spec)
    t.row('.bit_length()', 1, 2)
    t.row('.conjugate()', 1, 2)
    t.row('.__format__()', 1)
    t.row('.__format__()', 1, 2)
    t.row('=.real', 1, 2)
    t.row('.nope', 1)
    t.row('.__name__', E('int'))
    t.row('.__bases__', E('int'))
    t.row('isinstance', 1, E('int'))
    t.row('isinstance', True, E('int'))
    t.row('isinstance', 1L, E('int'))
    t.row('issubclass', E('bool'), E('int'))
    t.row('type', M)
    t.row('type', M + 1)
    t.row('type', -M - 1)
    t.row('type', E('abs(-%d)' % (M + 1)))
    t.row('type', E('int(%d.0)' % 10 ** 18))
    return t.write('int_methods.inc', 'gen_int.py')


if __name__ == '__main__':
    for fn in (arith, constructor, methods):
        print '%s: %d rows' % (fn.__name__, fn(Table()))
