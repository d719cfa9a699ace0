# SPDX-License-Identifier: Apache-2.0
"""Generates tests/runtime/vectors/xrange_ops.inc (tests/runtime/xrange_test.cc) from CPython 2.7.

    PYENV_VERSION=2.7.18 python2.7 tests/runtime/vectors/gen_xrange.py

xrange: construction (1-3 arguments, negative and zero steps, bounds near
sys.maxint, non-integer arguments), repr (normalised stop), len, indexing,
iteration, reversed, membership and the error messages. Expected values are
this interpreter's.
"""
import sys

from optable import E, Table

M = sys.maxint
ARGS = ['0', '5', '-3', '1, 5', '5, 1', '1, 10, 3', '10, 1, -3', '-5, 5, 2', '0, 10, -1', '3, 3', '0, 1, 10',
        '%d' % M, '%d, %d' % (M - 2, M), '%d, %d, -1' % (-M - 1 + 3, -M - 1), '0, %d, %d' % (M, M // 2),
        '5L', '1L, 4L', '1, 7, 2L', 'True', '2, False, -1']


def main():
    t = Table()
    for a in ARGS:
        x = E('xrange(%s)' % a)
        small = len(eval('xrange(%s)' % a)) < 100
        for op in ('repr', 'str', 'len', 'list', 'truth', 'reversed | list', 'iter | next3', 'sorted', 'tuple', 'sum',
                   '.__len__()', '.__reduce__()', 'type', 'reversed | next3'):
            if small or op not in ('list', 'reversed | list', 'sorted', 'tuple', 'sum'):
                t.row(op, x)
        for i in (0, 1, -1, 2, -2, 3, 100, -100, 2L, 2 ** 70, 1.5, 'a', None):
            t.row('[]', x, i)
        for v in (0, 1, 4, 5, -3, 7, 1.0, 4L, 'a', None, M) if small else ():  # 2.7 scans for 'in'
            t.row('in', v, x)
    for bad in ['', '1, 2, 3, 4', '1, 2, 0', '1.5', "'a'", 'None', '1, 2.5', '%d' % (M + 1), '%d, %d' % (-M, M),
                '-%d, %d' % (M, M), '0, %d, -1' % (M + 1), '1, x=1', '[]', '1j', '0, 1, 1.0']:
        t.row('value', E('xrange(%s)' % bad))
    t.row('[:]', E('xrange(5)'), 1, 3)
    t.row('==', E('xrange(3)'), E('xrange(3)'))
    t.row('+', E('xrange(3)'), E('xrange(3)'))
    t.row('*', E('xrange(3)'), 2)
    t.row('.__name__', E('xrange'))
    t.row('.nope', E('xrange(3)'))
    t.row('type | .__name__', E('iter(xrange(3))'))
    t.row('type | .__name__', E('reversed(xrange(3))'))
    t.row('.__length_hint__()', E('iter(xrange(1, 10, 2))'))
    t.row('list', E("map(None, xrange(3), 'ab')"))
    t.row('list', E("zip(xrange(3), xrange(10, 0, -4))"))
    t.row('list', E("enumerate(xrange(2, 6, 2))"))
    return t.write('xrange_ops.inc', 'gen_xrange.py')


if __name__ == '__main__':
    print 'xrange_ops.inc: %d rows' % main()
