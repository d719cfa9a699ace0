// SPDX-License-Identifier: Apache-2.0
//
// Tests for runtime/objects/long: every operator over longs (small, at
// the int64 boundary, many limbs) mixed with int, float, bool and
// non-numbers; long() from numbers and strings; methods, attributes and the
// __op__ spellings.
// Rows are printed by CPython 2.7.18 (tests/runtime/vectors/gen_long.py; op names
// in op_table.h).
#include <gtest/gtest.h>

#include "op_table.h"
#include "rt_testing.h"

namespace pytrans::rt {
namespace {

using op_table::Row;
using testing_support::repr_of;

class LongTest : public ::testing::Test {
 protected:
  void SetUp() override { testing_support::runtime_once(); }
};

TEST_F(LongTest, BasicUse) {
  EXPECT_EQ(repr_of(mul(make_int(INT64_MAX), make_int(INT64_MAX))), "85070591730234615847396907784232501249L");
  EXPECT_EQ(repr_of(floordiv(op_table::parse("-10L"), small_int(3))), "-4L");
  EXPECT_EQ(repr_of(call_method(op_table::parse("255L"), str_intern("bit_length"))), "8");
}

const Row kArith[] = {
#include "vectors/long_arith.inc"
};
const Row kMisc[] = {
#include "vectors/long_misc.inc"
};

// Known differences, each outside objects/long.cc:
const std::initializer_list<op_table::Known> kKnown = {
    {"long", "10"},
};

TEST_F(LongTest, Operators) { op_table::check_rows(kArith, kKnown); }
TEST_F(LongTest, ConstructorAndMethods) { op_table::check_rows(kMisc, kKnown); }

}  // namespace
}  // namespace pytrans::rt
