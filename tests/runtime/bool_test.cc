// SPDX-License-Identifier: Apache-2.0
//
// Tests for bool (runtime/objects/int.cc and none.cc): bool as an int
// subclass, which operators keep a bool (& | ^ between bools) and which give
// an int; repr, hash, bool() of every kind of value, inherited int methods.
// Rows are printed by CPython 2.7.18 (tests/runtime/vectors/gen_bool.py; op names
// in op_table.h).
#include <gtest/gtest.h>

#include "op_table.h"
#include "rt_testing.h"

namespace pytrans::rt {
namespace {

using op_table::Row;
using testing_support::repr_of;

class BoolTest : public ::testing::Test {
 protected:
  void SetUp() override { testing_support::runtime_once(); }
};

TEST_F(BoolTest, BasicUse) {
  EXPECT_EQ(repr_of(add(True(), True())), "2");
  EXPECT_EQ(repr_of(bit_and(True(), False())), "False");
  EXPECT_EQ(repr_of(bit_or(True(), small_int(0))), "1");
}

const Row kRows[] = {
#include "vectors/bool_ops.inc"
};

const std::initializer_list<op_table::Known> kKnown = {};

TEST_F(BoolTest, MatchesCPython) { op_table::check_rows(kRows, kKnown); }

}  // namespace
}  // namespace pytrans::rt
