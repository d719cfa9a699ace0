// SPDX-License-Identifier: Apache-2.0
//
// Tests for runtime/objects/complex: arithmetic, repr/str, abs and hash of
// complex numbers, replayed from vectors printed by CPython 2.7.18
// (tests/runtime/vectors/gen_types.py), including zero division, overflow
// and signed zeros, infinities and nans.
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "core/ops.h"
#include "core/raise.h"
#include "objects/complex.h"
#include "rt_testing.h"

namespace pytrans::rt {
namespace {

using testing_support::repr_of;

class ComplexTest : public ::testing::Test {
 protected:
  void SetUp() override { testing_support::runtime_once(); }
};

double from_bits(uint64_t b) {
  double d;
  std::memcpy(&d, &b, sizeof d);
  return d;
}

TEST_F(ComplexTest, BasicUse) {
  Value z = add(small_int(3), complex_from_literal(4.0));
  EXPECT_EQ(repr_of(z), "(3+4j)");
  EXPECT_EQ(repr_of(call_method(z, str_intern("conjugate"))), "(3-4j)");
  EXPECT_EQ(repr_of(mul(complex_from_literal(1), complex_from_literal(1))), "(-1+0j)");
  EXPECT_EQ(repr_of(call(Value(&ComplexType), Value(str_new("1+2j")))), "(1+2j)");
}

struct Row {
  const char* op;
  uint64_t ar, ai, br, bi;
  const char* expected;
};

const Row kRows[] = {
#include "vectors/complex_ops.inc"
};

TEST_F(ComplexTest, MatchesCPython) {
  for (const Row& r : kRows) {
    Value a = make_complex(from_bits(r.ar), from_bits(r.ai));
    Value b = make_complex(from_bits(r.br), from_bits(r.bi));
    std::string op = r.op, got;
    try {
      if (op == "abs") got = repr_of(call(getattr(Value(builtins_module()), str_intern("abs")), a));
      else if (op == "repr") got = repr_of(a);
      else if (op == "str") got = std::string(to_str(a)->view());
      else if (op == "hash") got = std::to_string(hash(a));
      else if (op == "+") got = repr_of(add(a, b));
      else if (op == "-") got = repr_of(sub(a, b));
      else if (op == "*") got = repr_of(mul(a, b));
      else if (op == "/") got = repr_of(div(a, b));
      else if (op == "**") got = repr_of(power(a, b));
      else if (op == "%") got = repr_of(mod(a, b));
      else if (op == "//") got = repr_of(floordiv(a, b));
      else if (op == "==") got = repr_of(compare(a, b, kEq));
    } catch (PyException& e) {
      got = std::string(type_short_name(e.exc)) + ": " + std::string(to_str(e.exc)->view());
    }
    EXPECT_EQ(got, r.expected) << op << " " << repr_of(a) << " " << repr_of(b);
  }
}

}  // namespace
}  // namespace pytrans::rt
