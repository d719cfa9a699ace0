# SPDX-License-Identifier: Apache-2.0
"""Generates tests/runtime/vectors/exceptions_ops.inc (tests/runtime/exceptions_test.cc) from CPython 2.7.

    PYENV_VERSION=2.7.18 python2.7 tests/runtime/vectors/gen_exceptions.py

Every builtin exception type of 2.7: its name, module, bases and MRO; str(),
repr(), unicode(), args, message and indexing of instances built with 0 to
3 arguments; the attributes of EnvironmentError (errno, strerror,
filename), SyntaxError (msg, filename, lineno, offset, text), SystemExit
(code), KeyError's str and the Unicode errors' (encoding, object, start,
end, reason); assignment to args and message. Expected values are this
interpreter's.
"""
import exceptions

from optable import E, Table

NAMES = sorted(n for n in dir(exceptions) if not n.startswith('_'))
ARGSETS = ['', "'a'", "'a', 2", "'a', 2, 'c'", "u'\\xe9'", '(1, 2)', '5', "''", "'x', None", "1, 'two', 'three', 4"]
ATTRS = {
    'EnvironmentError': ('errno', 'strerror', 'filename'),
    'SyntaxError': ('msg', 'filename', 'lineno', 'offset', 'text', 'print_file_and_line'),
    'SystemExit': ('code',),
    'UnicodeError': ('encoding', 'object', 'start', 'end', 'reason'),
}


def attrs_of(name):
    cls = getattr(exceptions, name)
    out = []
    for base, names in sorted(ATTRS.items()):
        if issubclass(cls, getattr(exceptions, base)):
            out.extend(names)
    return out


def main():
    t = Table()
    for name in NAMES:
        cls = E(name)
        for op in ('.__name__', '.__module__', '.__bases__', '.__mro__', 'repr', 'str', 'callable'):
            t.row(op, cls)
        for base in ('BaseException', 'Exception', 'StandardError', 'EnvironmentError', 'LookupError',
                     'ArithmeticError', 'Warning', 'ValueError', 'UnicodeError'):
            t.row('issubclass', cls, E(base))
        for args in ARGSETS:
            inst = E('%s(%s)' % (name, args))
            for op in ('repr', 'str', 'unicode', '.args', '.message', 'len', 'bool', '.__reduce__()',
                       '.__getslice__()', 'type | .__name__', '.__dict__'):
                if op == '.__getslice__()':
                    t.row(op, inst, 0, 1)
                else:
                    t.row(op, inst)
            t.row('[]', inst, 0)
            t.row('[]', inst, -1)
            for attr in attrs_of(name):
                t.row('.' + attr, inst)
            t.row('isinstance', inst, E('Exception'))
        for op, v in (('=.args', ('x', 1)), ('=.args', 'xy'), ('=.args', 5), ('=.message', 'm'), ('=.foo', 3)):
            t.row(op + ' | str', E('%s(%s)' % (name, "'a', 2" if name[:7] != 'Unicode' else '')), v)
            t.row(op + ' | .args', E('%s()' % name), v)
    uni = [("UnicodeDecodeError('ascii', 'ab\\xff', 2, 3, 'bad')", None),
           ("UnicodeDecodeError('utf8', 'abc', 0, 2, 'multi')", None),
           ("UnicodeEncodeError('ascii', u'a\\xe9', 1, 2, 'no')", None),
           ("UnicodeEncodeError('ascii', u'\\u20ac\\U0001f600', 0, 2, 'no')", None),
           ("UnicodeEncodeError('ascii', u'\\U0001f600', 0, 1, 'no')", None),
           ("UnicodeTranslateError(u'a\\xe9', 1, 2, 'no')", None),
           ("UnicodeTranslateError(u'abc', 0, 3, 'no')", None),
           ("UnicodeDecodeError('ascii', u'x', 0, 1, 'bad')", None),
           ("UnicodeDecodeError('ascii', 'x', 'a', 1, 'bad')", None),
           ("UnicodeEncodeError('ascii', 'x', 0, 1, 'bad')", None)]
    for text, _ in uni:
        for op in ('str', 'repr', '.args', '.encoding', '.object', '.start', '.end', '.reason'):
            t.row(op, E(text))
    for text in ["EnvironmentError(2, 'No such file', 'f.txt')", "IOError(2, 'No such file', u'f\\xe9')",
                 "OSError(13, 'Denied', None)", "IOError('just one')", "IOError(1, 2, 3, 4)", "OSError(None, 'x')",
                 "IOError(2, 'x', ('a',))", "SyntaxError('bad', ('f.py', 3, 7, 'x = !'))",
                 "SyntaxError('bad', ('f.py', None, None, None))", "SyntaxError('bad', (1, 2))",
                 "SystemExit(3)", "SystemExit('bye', 2)", "SystemExit()", "KeyError('k')", "KeyError()",
                 "KeyError(('a', 1))", "KeyError('a', 'b')", "UnicodeError('u')"]:
        for op in ('str', 'repr', '.args', '.errno', '.strerror', '.filename', '.msg', '.lineno', '.offset', '.text',
                   '.code'):
            t.row(op, E(text))
    t.row('value', E('ValueError(x=1)'))
    t.row('=.errno | .errno', E('IOError()'), 5)
    t.row('=.filename | str', E("IOError(2, 'x')"), 'f')
    t.row('=.code | .code', E('SystemExit(1)'), 7)
    t.row('=.start | str', E("UnicodeDecodeError('ascii', 'ab', 0, 1, 'bad')"), 1)
    return t.write('exceptions_ops.inc', 'gen_exceptions.py')


if __name__ == '__main__':
    print 'exceptions_ops.inc: %d rows' % main()
