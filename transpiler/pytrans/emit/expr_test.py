# SPDX-License-Identifier: Apache-2.0
"""Tests for emit/expr.py's fused arithmetic: which expressions keep their
float temporaries unboxed (core/num_expr.h) and in what order operands are
evaluated. Results and errors at run time are covered by the compat tests
(tests/compat/types/float_expr_chains, float_augassign_chains,
int_expr_chains, float_compare_fast).

Run: PYTHONPATH=transpiler python3 -m unittest pytrans.emit.expr_test
"""

import re
import unittest

from pytrans.emit.module import emit_module
from pytrans.parse import parse


def emit(src):
    return emit_module(parse(src.encode(), 'test.py'), '__main__', 'test.py', src.encode(), False)


def line_code(cpp, lineno):
    """The C++ emitted for one source line of a function body."""
    m = re.search(r'#line %d "test.py"\n(.*?)(?=\n#line|\n  return None)' % lineno, cpp, re.S)
    assert m, 'no line %d in:\n%s' % (lineno, cpp)
    return m.group(1)


class FusedArithTest(unittest.TestCase):
    def test_a_chain_is_computed_on_nums_and_boxed_once(self):
        code = line_code(emit('def f(dx, dy):\n    d = dx * dx + dy * dy\n'), 2)
        self.assertEqual(code.count('num_mul('), 2)
        self.assertEqual(code.count('num_add('), 1)
        self.assertEqual(code.count('num_value('), 1)
        self.assertNotIn(' mul(', code)

    def test_a_single_operator_is_not_fused(self):
        code = line_code(emit('def f(a, b):\n    c = a * b\n'), 2)
        self.assertIn('v_c = mul(v_a, v_b);', code)
        self.assertNotIn('num_', code)

    def test_operands_are_evaluated_left_to_right(self):
        code = line_code(emit('def f(a, b, c):\n    x = a[0] * b[1] - c[2]\n'), 2)
        loads = re.findall(r'num_load\(getitem\(v_(\w)', code)
        self.assertEqual(loads, ['a', 'b', 'c'])
        self.assertLess(code.index('num_mul('), code.index('num_load(getitem(v_c'))

    def test_other_operators_are_operands(self):
        code = line_code(emit('def f(a, b):\n    x = a % b * 2.0 + (a << 1)\n'), 2)
        self.assertIn('num_load(mod(', code)
        self.assertIn('num_load(lshift(', code)

    def test_negative_literal_is_a_constant_and_negation_is_fused(self):
        code = line_code(emit('def f(a):\n    x = -2 * a + -a\n'), 2)
        self.assertIn('small_int(-2LL)', code)
        self.assertEqual(code.count('num_neg('), 1)

    def test_future_division_divides_truly(self):
        cpp = emit('from __future__ import division\ndef f(a, b):\n    return a / b / 2\n')
        self.assertIn('num_truediv(', cpp)
        self.assertNotIn('num_div(', cpp)

    def test_comparison_of_a_chain_takes_nums(self):
        code = line_code(emit('def f(x, y):\n    if x * x + y * y > 4.0:\n        pass\n'), 2)
        self.assertRegex(code, r'num_compare\(n\d+, n\d+, kGt\)')
        self.assertNotIn('num_value(', code)

    def test_augmented_assignment_with_a_chain(self):
        code = line_code(emit('def f(b, dx, cm):\n    b[3] -= dx * cm\n'), 2)
        self.assertRegex(code, r'num_inplace\(n\d+, n\d+, kNbSub\)')
        self.assertNotIn('inplace(t', code)

    def test_augmented_assignment_with_a_plain_value(self):
        code = line_code(emit('def f(x, y):\n    x += y\n'), 2)
        self.assertIn('inplace(', code)
        self.assertNotIn('num_', code)


if __name__ == '__main__':
    unittest.main()
