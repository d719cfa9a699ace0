# SPDX-License-Identifier: Apache-2.0
"""dump(): 2.7's ``ast.dump`` output for an ast27 tree, character for character.

Values print with 2.7's reprs: a 2.7 str (our bytes, or an identifier held as
a Python 3 str) as 'abc', a unicode literal (a Python 3 str in Str.s) as
u'abc', a long as 5L. 2.7's quirk of a lone space before the attributes of a
node without fields ("Pass( lineno=1, col_offset=0)") is kept.
"""

from . import ast27 as A


def _str_repr(b):
    """repr() of a 2.7 str, given its bytes."""
    quote = "'"
    if b"'" in b and b'"' not in b:
        quote = '"'
    out = [quote]
    for c in b:
        if c == ord(quote) or c == 0x5c:
            out.append('\\' + chr(c))
        elif c == 9:
            out.append('\\t')
        elif c == 10:
            out.append('\\n')
        elif c == 13:
            out.append('\\r')
        elif c < 0x20 or c >= 0x7f:
            out.append('\\x%02x' % c)
        else:
            out.append(chr(c))
    out.append(quote)
    return ''.join(out)


def _unicode_repr(s):
    """repr() of a 2.7 unicode (UCS-4 build)."""
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    out = ['u', quote]
    for ch in s:
        c = ord(ch)
        if ch == quote or ch == '\\':
            out.append('\\' + ch)
        elif c >= 0x10000:
            out.append('\\U%08x' % c)
        elif c >= 0x100:
            out.append('\\u%04x' % c)
        elif c == 9:
            out.append('\\t')
        elif c == 10:
            out.append('\\n')
        elif c == 13:
            out.append('\\r')
        elif c < 0x20 or c >= 0x7f:
            out.append('\\x%02x' % c)
        else:
            out.append(ch)
    out.append(quote)
    return ''.join(out)


def value_repr(v, unicode_ok=False):
    if isinstance(v, bytes):
        return _str_repr(v)
    if isinstance(v, str):
        if unicode_ok:
            return _unicode_repr(v)
        return _str_repr(v.encode('latin-1', 'backslashreplace'))
    if v is None or isinstance(v, bool):
        return repr(v)
    if isinstance(v, complex):
        return _complex_repr(v)
    return repr(v)


def _complex_repr(z):
    # Python 3's algorithm is 2.7's (short repr of each part).
    return repr(z)


def dump(node, include_attributes=False):
    out = []
    _dump(node, include_attributes, out)
    return ''.join(out)


def _dump(node, attrs, out):
    if isinstance(node, A.AST):
        cls = type(node)
        out.append(cls.__name__)
        out.append('(')
        fields = cls._fields
        first = True
        for name in fields:
            try:
                value = getattr(node, name)
            except AttributeError:
                continue
            if not first:
                out.append(', ')
            first = False
            out.append(name)
            out.append('=')
            if isinstance(value, (A.AST, list)):
                _dump(value, attrs, out)
            else:
                out.append(value_repr(value, cls is A.Str))
        if attrs and cls._attributes:
            out.append(', ' if fields else ' ')
            out.append(', '.join('%s=%s' % (a, value_repr(getattr(node, a, None)))
                                 for a in cls._attributes))
        out.append(')')
    elif isinstance(node, list):
        out.append('[')
        for i, x in enumerate(node):
            if i:
                out.append(', ')
            _dump(x, attrs, out)
        out.append(']')
    else:
        out.append(value_repr(node))
