// SPDX-License-Identifier: Apache-2.0
//
// Tests for runtime/objects/int: every operator over ints around 0 and the
// 32- and 64-bit boundaries (overflow into long), mixed with long, float,
// bool, complex and non-numbers; pow with a modulus; int() from numbers and
// strings in every base; the methods, attributes and __op__ spellings. Rows
// are printed by CPython 2.7.18 (tests/runtime/vectors/gen_int.py; op names
// in op_table.h). Formatting in depth is int_format_test.cc.
#include <gtest/gtest.h>

#include "op_table.h"
#include "rt_testing.h"

namespace pytrans::rt {
namespace {

using op_table::Row;
using testing_support::repr_of;

class IntTest : public ::testing::Test {
 protected:
  void SetUp() override { testing_support::runtime_once(); }
};

TEST_F(IntTest, BasicUse) {
  EXPECT_EQ(repr_of(add(small_int(2), small_int(3))), "5");
  EXPECT_EQ(repr_of(mul(make_int(INT64_MAX), small_int(2))), "18446744073709551614L");
  EXPECT_EQ(repr_of(floordiv(small_int(-7), small_int(2))), "-4");
  EXPECT_EQ(repr_of(call_method(small_int(255), str_intern("bit_length"))), "8");
  EXPECT_EQ(repr_of(op_table::parse("int('ff', 16)")), "255");
}

const Row kArith[] = {
#include "vectors/int_arith.inc"
};
const Row kNew[] = {
#include "vectors/int_new.inc"
};
const Row kMethods[] = {
#include "vectors/int_methods.inc"
};

// Known differences, each outside objects/int.cc:
// - unichr(2**31): 2.7 fails converting to a C int ("signed integer is
//   greater than maximum") before the range check (objects/unicode.cc).
const std::initializer_list<op_table::Known> kKnownArith = {};
const std::initializer_list<op_table::Known> kKnownMethods = {};

TEST_F(IntTest, Operators) { op_table::check_rows(kArith, kKnownArith); }
TEST_F(IntTest, Constructor) { op_table::check_rows(kNew); }
TEST_F(IntTest, Methods) { op_table::check_rows(kMethods, kKnownMethods); }

}  // namespace
}  // namespace pytrans::rt
