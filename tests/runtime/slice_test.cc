// SPDX-License-Identifier: Apache-2.0
//
// Tests for runtime/objects/slice: construction, attributes, repr,
// comparison, indices() for every combination of bounds, steps and lengths,
// and the same slices applied to tuples, strs and unicode (clamping, negative
// steps, long bounds, bad bounds and their messages).
// Rows are printed by CPython 2.7.18 (tests/runtime/vectors/gen_slice.py; op names
// in op_table.h).
#include <gtest/gtest.h>

#include "objects/slice.h"
#include "op_table.h"
#include "rt_testing.h"

namespace pytrans::rt {
namespace {

using op_table::Row;
using testing_support::repr_of;

class SliceTest : public ::testing::Test {
 protected:
  void SetUp() override { testing_support::runtime_once(); }
};

TEST_F(SliceTest, BasicUse) {
  Value s = Value(slice_new(small_int(1), None(), small_int(-1)));
  EXPECT_EQ(repr_of(s), "slice(1, None, -1)");
  EXPECT_EQ(repr_of(call_method(s, str_intern("indices"), small_int(5))), "(1, -1, -1)");
  EXPECT_EQ(repr_of(getitem(op_table::parse("(0, 1, 2)"), s)), "(1, 0)");
}

const Row kRows[] = {
#include "vectors/slice_ops.inc"
};

const std::initializer_list<op_table::Known> kKnown = {};

TEST_F(SliceTest, MatchesCPython) { op_table::check_rows(kRows, kKnown); }

}  // namespace
}  // namespace pytrans::rt
