# SPDX-License-Identifier: Apache-2.0
"""Generates tests/runtime/vectors/tuple_ops.inc (tests/runtime/tuple_test.cc) from CPython 2.7.

    PYENV_VERSION=2.7.18 python2.7 tests/runtime/vectors/gen_tuple.py

Every tuple method and operator over a fixed set of operands, including the
error messages; expected values are what this interpreter prints.
"""
from optable import E, Table

TUPLES = [(), (1,), (1, 2), (2, 1), (1, 2, 3), (1, 'a', 2.5, None), ((1, 2), (3,)), ('b', 'a'),
          (1, 1.0, True, 1L), (float('nan'),), (3, 1, 3, 3, 0, -1)]
OTHERS = [0, 1, 2, -1, 3, 1L, 2.0, True, 'a', None, [1], (1,), E('xrange(2)')]


def main():
    t = Table()
    for a in TUPLES:
        for op in ('repr', 'str', 'len', 'hash', 'truth', 'not', 'tuple', 'list', 'iter | next5',
                   'reversed | list', 'sorted', '.__len__()', '.__getnewargs__()', '.__hash__()', 'max', 'min',
                   'sum', 'neg', '~', 'abs', 'bool', 'unicode', 'set | len'):
            if op in ('hash', '.__hash__()') and None in a:
                continue  # hash(None) is its address in CPython
            t.row(op, a)
        for b in TUPLES:
            if all(x == x for x in a + b):  # with a nan, cmp() falls back to comparing addresses
                t.row('cmp', a, b)
            for op in ('+', '==', '!=', '<', '<=', '>', '>=', 'in', '+=', '.__add__()', '.__eq__()',
                       '.__lt__()'):
                t.row(op, a, b)
        for b in OTHERS:
            for op in ('+', '*', '*=', '[]', '.count()', '.index()', '==', '<', '.__mul__()',
                       '.__rmul__()', '.__contains__()', '.__getitem__()', '-', '%'):
                t.row(op, a, b)
            t.row('*', b, a)
            t.row('in', b, a)
            t.row('+', b, a)
        for i in (-100, -4, -1, 0, 1, 2, 5, 2 ** 40, 2 ** 70):
            t.row('[]', a, i)
            t.row('*', a, i if abs(i) < 100 else 0)
            t.row('.index()', a, 3, i)
            t.row('.index()', a, 1, 0, i)
            for j in (None, -2, 0, 1, 3, 2 ** 70):
                t.row('[:]', a, i, j)
                t.row('.__getslice__()', a, i, j if j is not None else 100)
        for s in ('slice(None, None, -1)', 'slice(1, None, 2)', 'slice(-1, 0, -2)', 'slice(None, None, 0)',
                  "slice('a', None)", 'slice(None, 2L)', 'slice(%r, None, -1)' % 2 ** 100, 'slice(None, None, 3)'):
            t.row('[]', a, E(s))
    # Constructor and misuse.
    for arg in ['abc', [1, 2], (1, 2), E('xrange(3)'), E("{'k': 1}"), E('iter([4, 5])'), 1, None, u'\xe9',
                E("set([1])"), E('reversed((1, 2))'), E("enumerate('ab')")]:
        t.row('tuple', arg)
    t.row('tuple')
    t.row('call', E('tuple'), 1, 2)
    t.row('call', E('tuple'), E("[1]"))
    t.row('tuple | repr', E('[1, [2, (3,)]]'))
    t.row('.__class__', (1,))
    t.row('.__name__', E('tuple'))
    t.row('.count()', (1, 2))
    t.row('.index()', (1, 2))
    t.row('.count()', (1, 2), 1, 2)
    t.row('.index()', (1, 2), 2, 'x')
    t.row('.index()', (1, 2), 2, 1.5)
    t.row('.index()', (1, 2), 2, 2 ** 80)
    t.row('.index()', (1, 2), 2, -2 ** 80)
    t.row('.nope', (1,))
    t.row('=.x', (1,), 2)
    t.row('hash', ([1], 2))
    t.row('hash', (1, (2, {})))
    t.row('hash', ((),))
    t.row('repr', (1, (2, (3, (4,)))))
    t.row('repr', ('\n', u'\xe9', "'"))
    t.row('str', ('\n', u'\xe9', "'"))
    return t.write('tuple_ops.inc', 'gen_tuple.py')


if __name__ == '__main__':
    print 'tuple_ops.inc: %d rows' % main()
