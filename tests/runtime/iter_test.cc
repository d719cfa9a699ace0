// SPDX-License-Identifier: Apache-2.0
//
// Tests for the iterator types (runtime/objects/iter.cc, enumerate.cc):
// iter() over lists, tuples, strs (the __getitem__ sequence iterator),
// unicode, dicts, sets and xrange; iter(callable, sentinel); enumerate with
// starts; reversed; next() with a default; type names, __length_hint__ and
// the error messages.
// Rows are printed by CPython 2.7.18 (tests/runtime/vectors/gen_iter.py; op names
// in op_table.h).
#include <gtest/gtest.h>

#include "op_table.h"
#include "rt_testing.h"

namespace pytrans::rt {
namespace {

using op_table::Row;
using testing_support::repr_of;

class IterTest : public ::testing::Test {
 protected:
  void SetUp() override { testing_support::runtime_once(); }
};

TEST_F(IterTest, BasicUse) {
  Value it = iter(op_table::parse("'ab'"));
  EXPECT_EQ(repr_of(next(it)), "'a'");
  EXPECT_EQ(repr_of(next(it)), "'b'");
  EXPECT_TRUE(next(it).is_null());
  EXPECT_EQ(repr_of(op_table::parse("list(enumerate('xy', 1))")), "[(1, 'x'), (2, 'y')]");
}

const Row kRows[] = {
#include "vectors/iter_ops.inc"
};

// Known differences (objects/iter.cc): the unicode iterator lacks
// __length_hint__; iter(bytearray) is a 'bytearray_iterator'.
const std::initializer_list<op_table::Known> kKnown = {
    {"iter | .__length_hint__()", "u'x\134xe9'"},
    {"iter | type | .__name__", "bytearray('hi')"},
};

TEST_F(IterTest, MatchesCPython) { op_table::check_rows(kRows, kKnown); }

}  // namespace
}  // namespace pytrans::rt
