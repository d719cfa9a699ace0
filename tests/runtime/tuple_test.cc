// SPDX-License-Identifier: Apache-2.0
//
// Tests for runtime/objects/tuple: every tuple method and operator (concat,
// repeat, compare, hash, contains, index/count, item and slice access,
// constructor) over a fixed set of operands, with the error messages,
// replayed from rows printed by CPython 2.7.18
// (tests/runtime/vectors/gen_tuple.py; op names in op_table.h).
#include <gtest/gtest.h>

#include "op_table.h"
#include "rt_testing.h"

namespace pytrans::rt {
namespace {

using op_table::Row;
using testing_support::repr_of;

class TupleTest : public ::testing::Test {
 protected:
  void SetUp() override { testing_support::runtime_once(); }
};

TEST_F(TupleTest, BasicUse) {
  Value t = Value(tuple_of({small_int(1), Value(str_new("a"))}));
  EXPECT_EQ(repr_of(t), "(1, 'a')");
  EXPECT_EQ(repr_of(add(t, Value(tuple_of({None()})))), "(1, 'a', None)");
  EXPECT_EQ(repr_of(mul(t, small_int(2))), "(1, 'a', 1, 'a')");
  EXPECT_EQ(repr_of(call_method(t, str_intern("index"), Value(str_new("a")))), "1");
  EXPECT_TRUE(contains(t, small_int(1)));
}

const Row kRows[] = {
#include "vectors/tuple_ops.inc"
};

const std::initializer_list<op_table::Known> kKnown = {};

TEST_F(TupleTest, MatchesCPython) { op_table::check_rows(kRows, kKnown); }

}  // namespace
}  // namespace pytrans::rt
