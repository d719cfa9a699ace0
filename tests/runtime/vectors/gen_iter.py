# SPDX-License-Identifier: Apache-2.0
"""Generates tests/runtime/vectors/iter_ops.inc (tests/runtime/iter_test.cc) from CPython 2.7.

    PYENV_VERSION=2.7.18 python2.7 tests/runtime/vectors/gen_iter.py

The iterator types: iter() over lists, tuples, strs (the __getitem__
sequence iterator), unicode, dicts, sets, xrange; iter(callable, sentinel);
enumerate with starts; reversed over sequences; next() with and without a
default; type names, __length_hint__ and the error messages. Expected values
are this interpreter's.
"""
from optable import E, Table

SEQS = ['[1, 2, 3]', '()', "(1, 'a')", "'abc'", "u'x\\xe9'", "bytearray('hi')", 'xrange(3)', "{'k': 1}",
        'set([5])', 'frozenset()', '[]', "''"]


def main():
    t = Table()
    for s in SEQS:
        for op in ('iter | next1', 'iter | next5', 'iter | list', 'iter | iter | list', 'iter | type | .__name__',
                   'iter | .__length_hint__()', 'enumerate | list', 'enumerate | next2', 'reversed | list',
                   'reversed | type | .__name__', 'reversed | .__length_hint__()', 'reversed | next1', 'list', 'tuple',
                   'sorted', 'enumerate | type | .__name__', 'iter | .next()', 'next', 'iter | next', 'len'):
            t.row(op, E(s))
        for start in (0, 5, -2, 2 ** 63 - 1, 2 ** 70, 1.5, 'a', None):
            t.row('enumerate | list', E(s), start)
        t.row('value', E('list(enumerate(%s, start=3))' % s))
        t.row('next', E('iter(%s)' % s), 'dflt')
    for bad in (1, None, 2.5, E('len')):
        for op in ('iter', 'enumerate', 'reversed', 'list', 'next'):
            t.row(op, bad)
    t.row('value', E('enumerate()'))
    t.row('value', E('enumerate([1], 2, 3)'))
    t.row('value', E('enumerate(x=[1])'))
    t.row('value', E('reversed()'))
    t.row('value', E('reversed([1], 2)'))
    t.row('value', E('iter()'))
    t.row('value', E('iter(1, 2)'))
    t.row('value', E('next()'))
    for seq, sentinel in [('[3, 2, 1, 0]', 1), ('[1, 2]', 5), ('[0, 0]', 0), ('[]', 1)]:
        t.row('list', E('iter(%s.pop, %r)' % (seq, sentinel)))
        t.row('type | .__name__', E('iter(%s.pop, %r)' % (seq, sentinel)))
    t.row('list', E('iter([].pop, 1)'))
    t.row('next5', E('iter([1, 2].pop, 0)'))
    t.row('list', E("iter(''.join, None)"))
    t.row('list', E("enumerate(enumerate('ab'), 1)"))
    t.row('list', E("reversed(enumerate('ab'))"))
    t.row('list', E("reversed({})"))
    t.row('list', E("reversed(set())"))
    t.row('list', E("reversed(iter([1]))"))
    t.row('list', E("zip(iter('abc'), reversed('abc'))"))
    t.row('list', E("map(None, enumerate('ab'))"))
    t.row('sum', E('iter(xrange(5))'))
    t.row('max', E("iter('hello')"))
    t.row('.__name__', E('enumerate'))
    t.row('.__name__', E('reversed'))
    t.row('repr', E('reversed'))
    t.row('repr', E('enumerate'))
    t.row('=.x', E("iter([])"), 1)
    return t.write('iter_ops.inc', 'gen_iter.py')


if __name__ == '__main__':
    print 'iter_ops.inc: %d rows' % main()
