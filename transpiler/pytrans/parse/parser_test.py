# SPDX-License-Identifier: Apache-2.0
"""Unit tests for the 2.7 parser: the interface others rely on."""

import unittest

from pytrans.errors import CompileError
from pytrans.parse import ast27 as A
from pytrans.parse import parse, dump, SyntaxError27, check_compile_errors


class ParseTest(unittest.TestCase):
    def test_module_shape(self):
        m = parse(b'from __future__ import print_function\nprint(1)\n', 'm.py')
        self.assertIsInstance(m, A.Module)
        self.assertEqual(m.future_features, {'print_function'})
        self.assertEqual(m.source_lines[1], 'print(1)\n')
        call = m.body[1].value
        self.assertIsInstance(call, A.Call)
        self.assertEqual((call.lineno, call.col_offset), (2, 0))

    def test_constants(self):
        body = parse(b'1; 5L; 9223372036854775808; 1.5; 2j; "s"; u"u"\n').body
        values = [s.value.n if isinstance(s.value, A.Num) else s.value.s for s in body]
        self.assertEqual(values, [1, 5, 2 ** 63, 1.5, 2j, b's', 'u'])
        self.assertIsInstance(values[1], A.Long)
        self.assertEqual(repr(values[1]), '5L')
        self.assertNotIsInstance(values[0], A.Long)

    def test_unicode_literals(self):
        m = parse(b'"doc"\nfrom __future__ import unicode_literals\nx = "a" + b"b"\n')
        self.assertEqual(m.body[0].value.s, 'doc')  # 2.7 applies it to the whole file
        self.assertEqual(m.body[2].value.right.s, b'b')

    def test_dump_format(self):
        self.assertEqual(dump(parse(b'pass\n'), True),
                         'Module(body=[Pass( lineno=1, col_offset=0)])')
        self.assertEqual(dump(parse(b'x = u"\\xe9\'"\n')),
                         "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
                         "value=Str(s=u\"\\xe9'\"))])")

    def test_syntax_error(self):
        with self.assertRaises(SyntaxError27) as cm:
            parse(b'x = (1,\ny y\n', 'f.py')
        e = cm.exception
        self.assertIsInstance(e, CompileError)
        self.assertEqual((e.kind, e.msg, e.lineno, e.offset), ('SyntaxError', 'invalid syntax', 2, 3))
        self.assertEqual(e.col, 3)
        self.assertEqual(e.format(e.source_lines), 'f.py:2:3: error: invalid syntax\ny y\n  ^')

    def test_indentation_error(self):
        with self.assertRaises(SyntaxError27) as cm:
            parse(b'if x:\npass\n')
        self.assertEqual(cm.exception.kind, 'IndentationError')
        self.assertEqual(cm.exception.msg, 'expected an indented block')

    def test_file_mode_non_ascii(self):
        parse(b'x = 1\ny = "\xe9"\n', 'na.py')  # ast.parse accepts it
        with self.assertRaises(SyntaxError27) as cm:
            parse(b'x = 1\ny = "\xe9"\n', 'na.py', file_mode=True)
        self.assertEqual(cm.exception.lineno, 2)
        self.assertEqual(cm.exception.msg,
                         "Non-ASCII character '\\xe9' in file na.py on line 2, but no encoding "
                         "declared; see http://python.org/dev/peps/pep-0263/ for details")
        parse(b'# coding: latin-1\ny = "\xe9"\n', 'ok.py', file_mode=True)

    def test_compile_errors(self):
        check_compile_errors(parse(b'def f():\n    return 1\n'), 'f.py')
        with self.assertRaises(SyntaxError27) as cm:
            check_compile_errors(parse(b'x = 1\nreturn x\n'), 'f.py')
        self.assertEqual((cm.exception.msg, cm.exception.lineno), ("'return' outside function", 2))

    def test_node_constructor(self):
        n = A.Name('x', A.Load(), lineno=3, col_offset=4)
        self.assertEqual((n.id, n.lineno), ('x', 3))
        c = A.Call()
        self.assertEqual((c.args, c.func), ([], None))
        self.assertEqual(A.BinOp._fields, ('left', 'op', 'right'))
        self.assertEqual(A.ExceptHandler._attributes, ('lineno', 'col_offset'))


if __name__ == '__main__':
    unittest.main()
