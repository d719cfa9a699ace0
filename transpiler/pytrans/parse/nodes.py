# SPDX-License-Identifier: Apache-2.0
"""Fast node constructors for the parser: new_<Node>(lineno, col, *fields).

Each generated function fills the instance dict in one go, which is much
faster than the generic ast27.AST constructor (the parser builds hundreds of
thousands of nodes per second). define(namespace) puts them into a module's
globals, so parser modules call them as plain global functions.
"""

from . import ast27 as A


def _node(cls, lineno, col, *fields):
    """Generic form, for when the class is a variable."""
    n = cls.__new__(cls)
    d = n.__dict__
    for name, value in zip(cls._fields, fields):
        d[name] = value
    d['lineno'] = lineno
    d['col_offset'] = col
    return n


def define(g):
    """Define new_<Node>(lineno, col, *fields) (or new_<node>(*fields) for
    nodes without position) for every node class into namespace g."""
    for name in A.NODE_NAMES:
        cls = getattr(A, name)
        fields = cls._fields
        items = ''.join("'%s': %s, " % (f, f) for f in fields)
        if cls._attributes:
            params = ', '.join(('lineno', 'col') + fields)
            body = "{%s'lineno': lineno, 'col_offset': col}" % items
        else:
            params = ', '.join(fields)
            body = '{%s}' % items
        src = ('def new_%s(%s):\n    _o = _new(_cls)\n    _o.__dict__ = %s\n    return _o\n'
               % (name, params, body))
        ns = {'_new': object.__new__, '_cls': cls}
        exec(src, ns)
        g['new_' + name] = ns['new_' + name]
