// SPDX-License-Identifier: Apache-2.0
//
// Tests for xrange: construction (1-3 arguments, negative and zero steps,
// bounds near sys.maxint, non-integer arguments), repr with its normalised
// stop, len, indexing, iteration, reversed, membership and the errors.
// Rows are printed by CPython 2.7.18 (tests/runtime/vectors/gen_xrange.py; op names
// in op_table.h).
#include <gtest/gtest.h>

#include "op_table.h"
#include "rt_testing.h"

namespace pytrans::rt {
namespace {

using op_table::Row;
using testing_support::repr_of;

class XrangeTest : public ::testing::Test {
 protected:
  void SetUp() override { testing_support::runtime_once(); }
};

TEST_F(XrangeTest, BasicUse) {
  Value x = op_table::parse("xrange(1, 10, 4)");
  EXPECT_EQ(repr_of(x), "xrange(1, 13, 4)");
  EXPECT_EQ(len(x), 3);
  EXPECT_EQ(repr_of(getitem(x, small_int(-1))), "9");
}

const Row kRows[] = {
#include "vectors/xrange_ops.inc"
};

TEST_F(XrangeTest, MatchesCPython) { op_table::check_rows(kRows); }

}  // namespace
}  // namespace pytrans::rt
