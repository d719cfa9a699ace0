# SPDX-License-Identifier: Apache-2.0
"""Tests for analyze/imports.py: candidate module names per import form.

Uses pytrans's own 2.7 parser when it is importable, else Python 3's ``ast``
(every source below is valid in both, and the node shapes for imports agree).
Run: PYTHONPATH=transpiler python3 -m unittest pytrans.analyze.imports_test
"""

import unittest

from pytrans.analyze.imports import imported_modules

try:
    from pytrans.parse import parse as _parse27
except ImportError:  # parser not landed yet
    _parse27 = None


def parse(src):
    if _parse27 is not None:
        return _parse27(src.encode(), 'test.py')
    import ast
    return ast.parse(src)


def mods(src, modname='__main__', is_package=False):
    return imported_modules(parse(src), modname, is_package)


class ImportedModulesTest(unittest.TestCase):
    def test_plain_imports_bring_parents(self):
        self.assertEqual(mods('import os\nimport a.b.c as d\n'),
                         ['os', 'a', 'a.b', 'a.b.c'])

    def test_from_import_lists_module_and_names(self):
        self.assertEqual(mods('from a.b import c, d as e\n'),
                         ['a', 'a.b', 'a.b.c', 'a.b.d'])

    def test_star_import_is_not_a_submodule(self):
        self.assertEqual(mods('from m import *\n'), ['m'])

    def test_future_is_not_a_module(self):
        self.assertEqual(mods('from __future__ import division\nimport x\n'), ['x'])

    def test_duplicates_removed_order_kept(self):
        self.assertEqual(mods('import b\nimport a\nimport b\nfrom a import z\n'),
                         ['b', 'a', 'a.z'])

    def test_imports_anywhere(self):
        src = ('def f():\n'
               '    import inner\n'
               'try:\n'
               '    import opt\n'
               'except ImportError:\n'
               '    opt = None\n'
               'class C:\n'
               '    import cls\n'
               'if x:\n'
               '    from deep.er import y\n')
        self.assertEqual(mods(src), ['inner', 'opt', 'cls', 'deep', 'deep.er', 'deep.er.y'])

    def test_dunder_import_literal(self):
        self.assertEqual(mods('m = __import__("dyn.mod")\nn = __import__(name)\n'),
                         ['dyn', 'dyn.mod'])

    def test_relative_import_in_module_of_package(self):
        self.assertEqual(mods('from . import sib\nfrom .sub import x\n', 'p.q.m'),
                         ['p', 'p.q', 'p.q.sib', 'p.q.sub', 'p.q.sub.x'])

    def test_relative_import_in_package_init(self):
        self.assertEqual(mods('from . import a\nfrom .. import b\n', 'p.q', True),
                         ['p', 'p.q', 'p.q.a', 'p.b'])

    def test_relative_import_beyond_top_is_skipped(self):
        self.assertEqual(mods('from .. import x\n', 'p.m'), [])
        self.assertEqual(mods('from . import x\n', '__main__'), [])

    def test_implicit_relative_import_tried_first(self):
        self.assertEqual(mods('import helper\nfrom util import f\n', 'pkg.mod'),
                         ['pkg', 'pkg.helper', 'helper', 'pkg.util', 'util',
                          'pkg.util.f', 'util.f'])

    def test_implicit_relative_in_package_init(self):
        self.assertEqual(mods('import sub\n', 'pkg', True), ['pkg', 'pkg.sub', 'sub'])

    def test_absolute_import_future_disables_implicit_relative(self):
        src = 'from __future__ import absolute_import\nimport helper\n'
        self.assertEqual(mods(src, 'pkg.mod'), ['helper'])

    def test_top_level_module_has_no_implicit_relative(self):
        self.assertEqual(mods('import helper\n', 'toplevel'), ['helper'])


if __name__ == '__main__':
    unittest.main()
