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

// Known differences, all in objects/iter.cc (owned elsewhere): xrange()
// rejects long arguments that fit ("an integer is required"), x[2L] says
// "sequence index must be integer"; the stop of xrange(0, maxint, maxint//2)
// overflows in repr; __reduce__ is missing; some argument messages differ.
const std::initializer_list<op_table::Known> kKnown = {
    {".__reduce__()"},
    {"[]", "2L"},
    {"[]", "1180591620717411303424L"},
    {"repr", "xrange(0, 9223372036854775807, 4611686018427387903)"},
    {"str", "xrange(0, 9223372036854775807, 4611686018427387903)"},
    {"repr", "xrange(5L)"},
    {"str", "xrange(5L)"},
    {"len", "xrange(5L)"},
    {"list", "xrange(5L)"},
    {"truth", "xrange(5L)"},
    {"reversed | list", "xrange(5L)"},
    {"iter | next3", "xrange(5L)"},
    {"sorted", "xrange(5L)"},
    {"tuple", "xrange(5L)"},
    {"sum", "xrange(5L)"},
    {".__len__()", "xrange(5L)"},
    {"type", "xrange(5L)"},
    {"reversed | next3", "xrange(5L)"},
    {"[]", "0", "xrange(5L)"},
    {"[]", "1", "xrange(5L)"},
    {"[]", "-1", "xrange(5L)"},
    {"[]", "2", "xrange(5L)"},
    {"[]", "-2", "xrange(5L)"},
    {"[]", "3", "xrange(5L)"},
    {"[]", "100", "xrange(5L)"},
    {"[]", "-100", "xrange(5L)"},
    {"[]", "1.5", "xrange(5L)"},
    {"[]", "'a'", "xrange(5L)"},
    {"[]", "None", "xrange(5L)"},
    {"in", "xrange(5L)"},
    {"repr", "xrange(1L, 4L)"},
    {"str", "xrange(1L, 4L)"},
    {"len", "xrange(1L, 4L)"},
    {"list", "xrange(1L, 4L)"},
    {"truth", "xrange(1L, 4L)"},
    {"reversed | list", "xrange(1L, 4L)"},
    {"iter | next3", "xrange(1L, 4L)"},
    {"sorted", "xrange(1L, 4L)"},
    {"tuple", "xrange(1L, 4L)"},
    {"sum", "xrange(1L, 4L)"},
    {".__len__()", "xrange(1L, 4L)"},
    {"type", "xrange(1L, 4L)"},
    {"reversed | next3", "xrange(1L, 4L)"},
    {"[]", "0", "xrange(1L, 4L)"},
    {"[]", "1", "xrange(1L, 4L)"},
    {"[]", "-1", "xrange(1L, 4L)"},
    {"[]", "2", "xrange(1L, 4L)"},
    {"[]", "-2", "xrange(1L, 4L)"},
    {"[]", "3", "xrange(1L, 4L)"},
    {"[]", "100", "xrange(1L, 4L)"},
    {"[]", "-100", "xrange(1L, 4L)"},
    {"[]", "1.5", "xrange(1L, 4L)"},
    {"[]", "'a'", "xrange(1L, 4L)"},
    {"[]", "None", "xrange(1L, 4L)"},
    {"in", "xrange(1L, 4L)"},
    {"repr", "xrange(1, 7, 2L)"},
    {"str", "xrange(1, 7, 2L)"},
    {"len", "xrange(1, 7, 2L)"},
    {"list", "xrange(1, 7, 2L)"},
    {"truth", "xrange(1, 7, 2L)"},
    {"reversed | list", "xrange(1, 7, 2L)"},
    {"iter | next3", "xrange(1, 7, 2L)"},
    {"sorted", "xrange(1, 7, 2L)"},
    {"tuple", "xrange(1, 7, 2L)"},
    {"sum", "xrange(1, 7, 2L)"},
    {".__len__()", "xrange(1, 7, 2L)"},
    {"type", "xrange(1, 7, 2L)"},
    {"reversed | next3", "xrange(1, 7, 2L)"},
    {"[]", "0", "xrange(1, 7, 2L)"},
    {"[]", "1", "xrange(1, 7, 2L)"},
    {"[]", "-1", "xrange(1, 7, 2L)"},
    {"[]", "2", "xrange(1, 7, 2L)"},
    {"[]", "-2", "xrange(1, 7, 2L)"},
    {"[]", "3", "xrange(1, 7, 2L)"},
    {"[]", "100", "xrange(1, 7, 2L)"},
    {"[]", "-100", "xrange(1, 7, 2L)"},
    {"[]", "1.5", "xrange(1, 7, 2L)"},
    {"[]", "'a'", "xrange(1, 7, 2L)"},
    {"[]", "None", "xrange(1, 7, 2L)"},
    {"in", "xrange(1, 7, 2L)"},
    {"value", "xrange(9223372036854775808)"},
    {"value", "xrange(-9223372036854775807, 9223372036854775807)"},
    {"value", "xrange(0, 9223372036854775808, -1)"},
    {"value", "xrange(1j)"},
};

TEST_F(XrangeTest, MatchesCPython) { op_table::check_rows(kRows, kKnown); }

}  // namespace
}  // namespace pytrans::rt
