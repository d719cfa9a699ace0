# SPDX-License-Identifier: Apache-2.0
"""Generates tests/runtime/vectors/bool_ops.inc (tests/runtime/bool_test.cc) from CPython 2.7.

    PYENV_VERSION=2.7.18 python2.7 tests/runtime/vectors/gen_bool.py

bool as an int subclass: which operators keep a bool (& | ^ between bools)
and which give an int, repr/str/hash, bool() of every kind of value, the
methods inherited from int. Expected values are this interpreter's.
"""
from optable import E, Table

OTHERS = [True, False, 0, 1, 2, -1, 2L, 0.5, 1j, 'a', None]


def main():
    t = Table()
    for a in (True, False):
        for op in ('neg', 'pos', '~', 'abs', 'not', 'repr', 'str', 'hash', 'int', 'long', 'float', 'hex', 'oct',
                   'unicode', 'bool', 'type', '.real', '.imag', '.numerator', '.denominator', '.bit_length()',
                   '.conjugate()', '.__int__()', '.__nonzero__()', '.__repr__()', '.__str__()', '.__index__()',
                   '.__getnewargs__()', '.__class__'):
            t.row(op, a)
        for b in OTHERS:
            for op in ('+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', 'truediv', '<', '==', '!=',
                       '>=', 'cmp', 'divmod', 'coerce', '.__and__()', '.__or__()', '.__xor__()', '.__rand__()',
                       '.__ror__()', '.__rxor__()', '.__add__()'):
                t.row(op, a, b)
                t.row(op, b, a) if op[0] != '.' else None
        for spec in ['', 'd', '5', '>5', 'x', 's', '^7', 'f', '%', 'b']:
            t.row('format', a, spec)
    for v in [0, 1, -1, 0L, 2 ** 64, 0.0, -0.0, 0.1, float('nan'), 0j, 1j, '', 'False', u'', u'x', [], [0], (), (0,),
              E('{}'), E("{0: 0}"), None, E('set()'), E('frozenset([0])'), E('xrange(0)'), E('xrange(1)'),
              E("bytearray('')"), E('iter([])'), E('int'), E('ValueError()'), E('slice(0)')]:
        t.row('bool', v)
    t.row('bool')
    t.row('bool', 1, 2)
    t.row('value', E('bool(x=1)'))
    t.row('.__name__', E('bool'))
    t.row('.__bases__', E('bool'))
    t.row('isinstance', True, E('int'))
    t.row('issubclass', E('bool'), E('int'))
    t.row('call', E('type'), True)
    t.row('=.real', True, 2)
    t.row('sum', [True, True, False])
    t.row('[]', (10, 20), True)
    t.row('*', 'ab', True)
    t.row('max', True, 1)
    t.row('min', 1, True)
    return t.write('bool_ops.inc', 'gen_bool.py')


if __name__ == '__main__':
    print 'bool_ops.inc: %d rows' % main()
