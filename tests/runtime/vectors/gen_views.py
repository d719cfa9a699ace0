# SPDX-License-Identifier: Apache-2.0
"""Generates tests/runtime/vectors/views_ops.inc (tests/runtime/views_test.cc) from CPython 2.7.

    PYENV_VERSION=2.7.18 python2.7 tests/runtime/vectors/gen_views.py

memoryview and buffer (objects/memoryview.cc) and the descriptor objects
staticmethod, classmethod and property (objects/descriptors.cc): their
constructors and argument errors, items and slices, comparisons, hashing,
attributes and methods. Expected values are this interpreter's.
"""
from optable import E, Table

MVS = [E("memoryview('abcdef')"), E("memoryview('')"), E("memoryview(bytearray('xyz'))"),
       E("memoryview(memoryview('hello'))"), E("memoryview(buffer('abcd', 1))")]
BUFS = [E("buffer('hello world', 6)"), E("buffer('abc')"), E("buffer('abc', 1, 1)"), E("buffer('abc', 5)"),
        E("buffer(u'ab')"), E("buffer(bytearray('xy'))"), E("buffer(buffer('abcdef', 1), 2)"),
        E("buffer(buffer('abcdef', 1, 3), 1, 10)"), E("buffer('abc', 0, 0)")]
OTHERS = ['abc', u'abc', 1, None, E("bytearray('abc')"), E("memoryview('abc')"), E("buffer('abc')")]


def main():
    t = Table()
    for m in MVS:
        for op in ('len', 'truth', 'hash', '.tobytes()', '.tolist()', '.format', '.itemsize', '.ndim',
                   '.shape', '.strides', '.suboffsets', '.readonly', 'list', 'bytearray', 'type'):
            t.row(op, m)
        for i in (0, 1, -1, 5, -6, 10, 1L, 2 ** 70, 'a', 1.0, None):
            t.row('[]', m, i)
        for lo, hi in ((None, None), (1, 3), (-2, None), (5, 1), (None, 100)):
            t.row('[:] | .tobytes()', m, lo, hi)
        t.row('[]', m, E('slice(None, None, 2)'))
        for o in OTHERS:
            for op in ('==', '!=', 'in'):
                t.row(op, m, o)
        t.row('.tobytes()', m, 1)
        t.row('.tolist()', m, 1)
    for b in BUFS:
        for op in ('len', 'truth', 'str', 'hash', 'list', 'bytearray', 'type', 'int', 'float'):
            t.row(op, b)
        for i in (0, 1, -1, 4, -20, 1L, 'a', 1.0):
            t.row('[]', b, i)
        for lo, hi in ((None, None), (1, 3), (-2, None), (5, 1)):
            t.row('[:]', b, lo, hi)
        t.row('[]', b, E('slice(None, None, -1)'))
        for o in OTHERS + ['world', E("buffer('world')"), E("buffer('hello world', 6)")]:
            for op in ('==', '!=', '<', '>=', 'cmp', 'in'):
                t.row(op, b, o)
            t.row('+ | type', b, o)  # an empty buffer + x is x itself
            t.row('+ | str', b, o)
        if b.text in ("buffer('abc', 5)", "buffer('abc', 0, 0)"):
            continue  # 2.7 dies of a division by zero repeating an empty buffer
        for n in (0, 2, -1, 2L, 1.5):
            t.row('*', b, n)
            t.row('*', n, b)
    for args in ((), ('a', 'b'), (5,), (u'abc',), (None,), (E('[1, 2]'),)):
        t.row('call', E('memoryview'), *args)
    t.row('value', E("memoryview(object='ab').tobytes()"))
    t.row('value', E("memoryview(x='ab')"))
    for args in ((), (5,), ('abc', -1), ('abc', 1, -2), ('abc', 1, -1), ('abc', 'x'), ('abc', 1.5), 
                 (E("memoryview('a')"),), (None,)):
        t.row('call | str', E('buffer'), *args)
    t.row('value', E("buffer('ab', offset=1)"))
    t.row('value', E("buffer('a', 0, 1, 2)"))
    t.row('int', E("buffer('12')"))
    t.row('long', E("buffer('12')"))
    t.row('float', E("buffer(' 1.5 ')"))
    t.row('int', E("bytearray('7')"))
    t.row('int', E("memoryview('7')"))
    t.row('float', E("memoryview('7')"))
    # descriptor objects built from builtins
    for d in (E('staticmethod(len)'), E('classmethod(len)'), E('property(len)'), E('property()'),
              E('property(len, None, None, "doc")')):
        for op in ('type', 'truth'):
            t.row(op, d)
    # (docstrings of builtins are not carried: only a property's own doc is checked)
    t.row('.__doc__', E('property()'))
    t.row('.__doc__', E('property(len, None, None, "doc")'))
    t.row('.__func__', E('staticmethod(len)'))
    t.row('.__get__()', E('staticmethod(len)'), 1)
    t.row('.__func__', E('classmethod(len)'))
    for op in ('.fget', '.fset', '.fdel', '.__doc__'):
        t.row(op, E('property(len, repr, str, "d")'))
    t.row('.__get__()', E('property(len)'), 'abcd')
    t.row('.__get__() | type', E('property(len)'), None, E('str'))
    t.row('.__get__()', E('property()'), 'abcd')
    t.row('.__set__()', E('property(len)'), 'abcd', 1)
    t.row('.__set__()', E('property(len, repr)'), 'abcd', 1)
    t.row('.__delete__()', E('property(len)'), 'abcd')
    t.row('.__delete__()', E('property(len, None, repr)'), 'abcd')
    t.row('.getter() | .fget', E('property()'), E('len'))
    t.row('.setter() | .fset', E('property(len)'), E('repr'))
    t.row('.deleter() | .fdel', E('property(len)'), E('repr'))
    for name in ('fget', 'fset', 'fdel', '__doc__'):
        t.row('=.' + name, E('property(len)'), None)
    t.row('value', E('property(1, 2, 3, 4, 5)'))
    t.row('value', E('property(fget=len).fget'))
    t.row('value', E('property(doc="x").__doc__'))
    t.row('value', E('property(nope=1)'))
    for args in ((), (1, 2)):
        t.row('call', E('staticmethod'), *args)
        t.row('call', E('classmethod'), *args)
    t.row('call | .__func__', E('classmethod'), 5)
    t.row('call | .__func__', E('staticmethod'), 5)
    t.row('value', E('staticmethod(f=len)'))
    return t.write('views_ops.inc', 'gen_views.py')


if __name__ == '__main__':
    print 'views_ops.inc: %d rows' % main()
