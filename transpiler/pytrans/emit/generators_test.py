# SPDX-License-Identifier: Apache-2.0
"""Tests for emit/generators.py: the shape of the C++ emitted for generator
functions, yield and generator expressions. What they do at run time is
covered by the compat tests (tests/compat/lang/generator*, genexp*).

Run: PYTHONPATH=transpiler python3 -m unittest pytrans.emit.generators_test
"""

import re
import unittest

from pytrans.emit.module import emit_module
from pytrans.parse import parse


def emit(src):
    return emit_module(parse(src.encode(), 'test.py'), '__main__', 'test.py', src.encode(), False)


def function_text(cpp, name_re):
    """The text of the C++ function whose header matches name_re."""
    m = re.search(r'^static Value (%s)\(.*\{$' % name_re, cpp, re.M)
    assert m, 'no function %s in:\n%s' % (name_re, cpp)
    end = cpp.index('\n}\n', m.start())
    return cpp[m.start():end]


class GeneratorFunctionTest(unittest.TestCase):
    def test_entry_binds_arguments_and_returns_a_generator(self):
        cpp = emit('def gen(a, b=2):\n    yield a\n    yield b\n')
        entry = function_text(cpp, r'f\d+_gen')
        self.assertIn('bind_args', entry)
        self.assertRegex(entry, r'return generator_new\(gb\d+_gen, &code\d+, fn_, a_, 2\);')
        self.assertNotIn('FrameGuard', entry)  # the frame belongs to the body

    def test_body_runs_the_statements_and_yield_is_a_call(self):
        cpp = emit('def gen(a):\n    x = yield a\n    print x\n')
        body = function_text(cpp, r'gb\d+_gen')
        self.assertIn('static Value gb', body)
        self.assertIn('(Function* fn_, Value* a_)', body)
        self.assertIn('FrameGuard F(&code', body)
        self.assertIn('gen_yield(', body)
        self.assertIn('= a_[0];', body)

    def test_bare_yield_sends_none(self):
        cpp = emit('def gen():\n    yield\n')
        self.assertIn('gen_yield(None())', function_text(cpp, r'gb\d+_gen'))

    def test_yield_inside_try_except_and_finally_compiles_as_usual(self):
        cpp = emit('def gen():\n    try:\n        yield 1\n    except ValueError:\n        yield 2\n'
                   '    finally:\n        yield 3\n')
        body = function_text(cpp, r'gb\d+_gen')
        self.assertEqual(body.count('gen_yield('), 3)
        self.assertIn('catch (PyException& e_)', body)

    def test_closure_cells_come_from_the_function(self):
        cpp = emit('def outer(k):\n    def gen():\n        yield k\n    return gen\n')
        body = function_text(cpp, r'gb\d+_gen')
        self.assertIn('fn_->closure->items[0]', body)


class GeneratorExpressionTest(unittest.TestCase):
    def test_one_clause_is_stackless_with_its_iterator_and_locals_in_the_args(self):
        cpp = emit('print sum(x * x for x in range(10))\n')
        self.assertRegex(cpp, r'ga\d+\[0\] = iter\(')
        self.assertRegex(cpp, r'generator_new_stackless\(gs\d+_genexpr, &code\d+, ga\d+, 2\)')
        step = function_text(cpp, r'gs\d+_genexpr')
        self.assertIn('Value& v_x = a_[1];', step)
        self.assertIn('return mul(v_x, v_x);', step)  # the target is known bound
        self.assertNotIn('gen_yield', step)

    def test_free_variables_follow_the_iterator(self):
        cpp = emit('def f(k):\n    return list(x + k for x in range(3))\n')
        self.assertRegex(cpp, r'ga\d+\[1\] = Value\(c_k\);')
        step = function_text(cpp, r'gs\d+_genexpr')
        self.assertIn('Cell* fc_k = a_[1].as<Cell>();', step)
        self.assertIn('Value& v_x = a_[2];', step)

    def test_two_clauses_run_on_a_fiber(self):
        cpp = emit('print list((a, b) for a in "xy" for b in range(2) if b)\n')
        self.assertRegex(cpp, r'generator_new\(ge\d+_genexpr, &code\d+, nullptr, ga\d+, 1\)')
        body = function_text(cpp, r'ge\d+_genexpr')
        self.assertEqual(body.count('iter('), 1)  # the first iterable is evaluated outside
        self.assertIn('= a_[0];', body)
        self.assertIn('if (!truth(', body)
        self.assertIn('gen_yield(', body)

    def test_a_captured_target_needs_a_fiber(self):
        # The lambdas share one cell per genexp, as in CPython.
        cpp = emit('fs = list((lambda: x) for x in range(3))\n')
        self.assertRegex(cpp, r'generator_new\(ge\d+_genexpr')


if __name__ == '__main__':
    unittest.main()
