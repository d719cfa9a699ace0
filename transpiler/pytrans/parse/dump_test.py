# SPDX-License-Identifier: Apache-2.0
"""Unit tests for dump(): 2.7's ast.dump format and reprs."""

import unittest

from pytrans.parse import ast27 as A
from pytrans.parse.dump import dump, value_repr


class DumpTest(unittest.TestCase):
    def test_reprs(self):
        self.assertEqual(value_repr(b"it's"), '"it\'s"')
        self.assertEqual(value_repr(b'\x00\t\xff\\'), "'\\x00\\t\\xff\\\\'")
        self.assertEqual(value_repr('\xe9\u1234\U0001f600', unicode_ok=True),
                         "u'\\xe9\\u1234\\U0001f600'")
        self.assertEqual(value_repr(A.Long(5)), '5L')
        self.assertEqual(value_repr(complex(0.0, -1.0)), '-1j')  # folded -1j
        self.assertEqual(value_repr(1e16), '1e+16')

    def test_identifiers_print_as_str(self):
        n = A.Name('x', A.Load(), lineno=1, col_offset=0)
        self.assertEqual(dump(n), "Name(id='x', ctx=Load())")
        self.assertEqual(dump(n, include_attributes=True),
                         "Name(id='x', ctx=Load(), lineno=1, col_offset=0)")

    def test_no_fields_quirk(self):
        self.assertEqual(dump(A.Pass(lineno=3, col_offset=4), True), 'Pass( lineno=3, col_offset=4)')


if __name__ == '__main__':
    unittest.main()
