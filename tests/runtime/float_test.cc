// SPDX-License-Identifier: Apache-2.0
//
// Tests for runtime/objects/float: + - * and comparisons against floats,
// ints and longs (exact across 2**53), the other operators' errors, unary ops
// and round(); float() from numbers and strings; the methods (is_integer,
// as_integer_ratio, hex, fromhex, __getformat__...). Division, modulo and
// power in depth are in float_format_test.cc.
// Rows are printed by CPython 2.7.18 (tests/runtime/vectors/gen_float.py; op names
// in op_table.h).
#include <gtest/gtest.h>

#include "objects/float.h"
#include "op_table.h"
#include "rt_testing.h"

namespace pytrans::rt {
namespace {

using op_table::Row;
using testing_support::repr_of;

class FloatTest : public ::testing::Test {
 protected:
  void SetUp() override { testing_support::runtime_once(); }
};

TEST_F(FloatTest, BasicUse) {
  EXPECT_EQ(repr_of(add(make_float(0.1), make_float(0.2))), "0.30000000000000004");
  EXPECT_EQ(repr_of(compare(make_float(9007199254740992.0), op_table::parse("9007199254740993"), kLt)), "True");
  EXPECT_EQ(repr_of(call_method(make_float(2.5), str_intern("as_integer_ratio"))), "(5, 2)");
}

const Row kOps[] = {
#include "vectors/float_ops.inc"
};
const Row kMisc[] = {
#include "vectors/float_misc.inc"
};

// Known differences:
// - inf ** 1j: 2.7 raises ZeroDivisionError (objects/complex.cc gives nan).
// - float(x=...) keywords; float.fromhex(1)'s message.
const std::initializer_list<op_table::Known> kKnown = {
    {"**", "1j", "float('inf')"},
    {"**", "float('inf')", "1j"},
    {"**", "1j", "float('-inf')"},
    {"**", "float('-inf')", "1j"},
    {"value"},
    {".fromhex()", "1"},
};

TEST_F(FloatTest, Operators) { op_table::check_rows(kOps, kKnown); }
TEST_F(FloatTest, ConstructorAndMethods) { op_table::check_rows(kMisc, kKnown); }

}  // namespace
}  // namespace pytrans::rt
