# SPDX-License-Identifier: Apache-2.0
"""Generates tests/runtime/vectors/slice_ops.inc (tests/runtime/slice_test.cc) from CPython 2.7.

    PYENV_VERSION=2.7.18 python2.7 tests/runtime/vectors/gen_slice.py

slice objects: construction, attributes, repr, comparison, hash errors,
indices() for every combination of bounds and lengths, and the same slices
applied to tuples, strs and unicode (clamping, negative steps, long and
__index__ bounds, bad bounds). Expected values are this interpreter's.
"""
from optable import E, Table

BOUNDS = [None, 0, 1, 3, -1, -3, 10, -10, 2 ** 70, -2 ** 70]
STEPS = [None, 1, 2, -1, -2, 3, 0, 2 ** 70, -2 ** 70]


def sl(a, b, c):
    return E('slice(%r, %r, %r)' % (a, b, c))


def main():
    t = Table()
    for a in BOUNDS:
        for b in BOUNDS:
            for c in STEPS:
                s = sl(a, b, c)
                t.row('[]', (0, 1, 2, 3, 4), s)
                if (BOUNDS.index(a) + BOUNDS.index(b) + STEPS.index(c)) % 3 == 0:
                    t.row('[]', 'abcdef', s)
                    t.row('[]', u'xy\xe9', s)
                    t.row('[]', (), s)
                for n in (0, 1, 5):
                    if (BOUNDS.index(a) + STEPS.index(c) + n) % 2 == 0:
                        t.row('.indices()', s, n)
    for s in ['slice(1)', 'slice(1, 2)', 'slice(1, 2, 3)', "slice('a', [1], None)", 'slice(None)', 'slice(1.5, 2L)',
              'slice(None, None, None)']:
        for op in ('repr', 'str', '.start', '.stop', '.step', 'hash', 'bool', '.__reduce__()'):
            t.row(op, E(s))
        for s2 in ['slice(1)', 'slice(1, 2)', 'slice(0, 2, 3)', 'slice(None)', 'slice(1, 2, 3)']:
            for op in ('==', '!=', '<', '>=', 'cmp'):
                t.row(op, E(s), E(s2))
    for args in ['', '1, 2, 3, 4', 'stop=1']:
        t.row('value', E('slice(%s)' % args))
    for bad in ["slice('a')", 'slice(1.5)', 'slice(None, None, 0)', 'slice(None, None, 1.5)', 'slice(None, [])']:
        t.row('[]', (1, 2), E(bad))
        t.row('[]', 'ab', E(bad))
        t.row('.indices()', E(bad), 3)
    t.row('.indices()', E('slice(1)'), -1)
    t.row('.indices()', E('slice(1)'), 2 ** 70)
    t.row('.indices()', E('slice(1)'), 'x')
    t.row('.indices()', E('slice(1)'))
    t.row('=.start', E('slice(1)'), 2)
    t.row('[]', E('xrange(5)'), E('slice(1, 3)'))
    t.row('[:]', (0, 1, 2, 3), True, 3L)
    t.row('[:]', 'abcd', -2 ** 70, 2 ** 70)
    t.row('[:]', (0, 1, 2), 1.5, None)
    t.row('[:]', 'abc', None, 'x')
    t.row('.__name__', E('slice'))
    return t.write('slice_ops.inc', 'gen_slice.py')


if __name__ == '__main__':
    print 'slice_ops.inc: %d rows' % main()
