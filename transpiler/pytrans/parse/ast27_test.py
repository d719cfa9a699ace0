# SPDX-License-Identifier: Apache-2.0
"""Unit tests for ast27: node classes and the ast-module helpers."""

import unittest

from pytrans.parse import ast27 as A
from pytrans.parse import parse


class Ast27Test(unittest.TestCase):
    def test_classes_mirror_27(self):
        self.assertEqual(A.FunctionDef._fields, ('name', 'args', 'body', 'decorator_list'))
        self.assertEqual(A.arguments._fields, ('args', 'vararg', 'kwarg', 'defaults'))
        self.assertEqual(A.comprehension._attributes, ())
        self.assertTrue(issubclass(A.Ellipsis, A.slice))
        self.assertTrue(issubclass(A.ExceptHandler, A.excepthandler))
        self.assertTrue(issubclass(A.Load, A.expr_context))

    def test_constructor_defaults(self):
        f = A.FunctionDef('f', lineno=1, col_offset=0)
        self.assertEqual((f.name, f.body, f.args), ('f', [], None))
        n = A.Name('x')
        self.assertEqual((n.id, n.ctx), ('x', None))
        with self.assertRaises(TypeError):
            A.Name('x', A.Load(), 'extra')

    def test_long(self):
        self.assertEqual(repr(A.Long(2 ** 70)), '1180591620717411303424L')
        self.assertEqual(A.Long(3) + 1, 4)

    def test_walk_and_visitor(self):
        tree = parse(b'def f(a):\n    return a + g(b)\n')
        names = sorted(n.id for n in A.walk(tree) if isinstance(n, A.Name))
        self.assertEqual(names, ['a', 'a', 'b', 'g'])

        class Calls(A.NodeVisitor):
            def __init__(self):
                self.calls = []

            def visit_Call(self, node):
                self.calls.append(node.func.id)
                self.generic_visit(node)
        v = Calls()
        v.visit(tree)
        self.assertEqual(v.calls, ['g'])


if __name__ == '__main__':
    unittest.main()
