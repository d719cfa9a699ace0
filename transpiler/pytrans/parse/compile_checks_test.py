# SPDX-License-Identifier: Apache-2.0
"""Unit tests for check_compile_errors() (more cases: tests/parser/compile_errors.txt)."""

import unittest

from pytrans.parse import parse, check_compile_errors, SyntaxError27


def error_of(src):
    try:
        check_compile_errors(parse(src, 'f.py'), 'f.py')
    except SyntaxError27 as e:
        return e.msg, e.lineno
    return None


class CompileChecksTest(unittest.TestCase):
    def test_valid_program(self):
        self.assertIsNone(error_of(b'def f(a, *b):\n    for x in b:\n        yield x\n'))

    def test_pass_order(self):
        # symtable errors come before compile errors, whatever their lines
        self.assertEqual(error_of(b'break\ndef f(a, a): pass\n'),
                         ("duplicate argument 'a' in function definition", 2))

    def test_loops(self):
        self.assertEqual(error_of(b'while 1:\n    def f():\n        break\n'),
                         ("'break' outside loop", 3))
        self.assertIsNone(error_of(b'if 0:\n    break\n'))  # 2.7 never compiles it

    def test_generators(self):
        self.assertEqual(error_of(b'def f():\n    yield 1\n    return 2\n'),
                         ("'return' with argument inside generator", 3))
        self.assertEqual(error_of(b'class A:\n    yield 1\n'), ("'yield' outside function", 2))


if __name__ == '__main__':
    unittest.main()
