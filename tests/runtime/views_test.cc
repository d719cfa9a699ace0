// SPDX-License-Identifier: Apache-2.0
//
// Tests for memoryview and buffer (runtime/objects/memoryview.cc) and the
// descriptor objects staticmethod, classmethod and property
// (runtime/objects/descriptors.cc): constructors and their errors, items,
// slices, comparisons, hashing, attributes, methods. Rows are printed by
// CPython 2.7.18 (tests/runtime/vectors/gen_views.py; op names in op_table.h).
#include <gtest/gtest.h>

#include "op_table.h"
#include "rt_testing.h"

namespace pytrans::rt {
namespace {

using op_table::Row;
using testing_support::repr_of;

class ViewsTest : public ::testing::Test {
 protected:
  void SetUp() override { testing_support::runtime_once(); }
};

TEST_F(ViewsTest, BasicUse) {
  EXPECT_EQ(repr_of(op_table::parse("memoryview('abc').tobytes()")), "'abc'");
  EXPECT_EQ(repr_of(op_table::parse("str(buffer('abcdef', 2, 3))")), "'cde'");
}

const Row kRows[] = {
#include "vectors/views_ops.inc"
};

const std::initializer_list<op_table::Known> kKnown = {};

TEST_F(ViewsTest, MatchesCPython) { op_table::check_rows(kRows, kKnown); }

}  // namespace
}  // namespace pytrans::rt
