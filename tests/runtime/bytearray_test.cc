// SPDX-License-Identifier: Apache-2.0
//
// Tests for runtime/objects/bytearray: mutation, item access, text methods
// and repr of bytearrays, replayed from vectors printed by CPython 2.7.18
// (tests/runtime/vectors/gen_types.py): each row applies one method to a
// fresh bytearray and checks the result (or the exception) and the
// bytearray's repr afterwards.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/ops.h"
#include "core/raise.h"
#include "objects/bytearray.h"
#include "rt_testing.h"

namespace pytrans::rt {
namespace {

using namespace std::literals;
using testing_support::repr_of;

class ByteArrayTest : public ::testing::Test {
 protected:
  void SetUp() override { testing_support::runtime_once(); }
};

TEST_F(ByteArrayTest, BasicUse) {
  Value b = Value(bytearray_new("hello"));
  EXPECT_EQ(repr_of(b), "bytearray(b'hello')");
  call_method(b, str_intern("append"), small_int(33));
  EXPECT_EQ(std::string(to_str(b)->view()), "hello!");
  EXPECT_EQ(repr_of(getitem(b, small_int(0))), "104");
  EXPECT_EQ(repr_of(call_method(b, str_intern("upper"))), "bytearray(b'HELLO!')");
}

struct Row {
  std::string_view init;
  const char* method;
  std::vector<std::string_view> args;
  const char* result;
  const char* after;
};

const Row kRows[] = {
#include "vectors/bytearray_ops.inc"
};

Value arg(std::string_view spec) {
  if (spec[0] == 'i') return make_int(std::stoll(std::string(spec.substr(2))));
  return Value(str_new(spec.substr(2)));
}

TEST_F(ByteArrayTest, MatchesCPython) {
  for (const Row& r : kRows) {
    Value b = Value(bytearray_new(r.init));
    std::vector<Value> a;
    for (const auto& s : r.args) a.push_back(arg(s));
    std::string m = r.method, got;
    try {
      Value res;
      if (m == "__getitem__") res = getitem(b, a[0]);
      else if (m == "__setitem__") setitem(b, a[0], a[1]), res = None();
      else if (m == "__delitem__") delitem(b, a[0]), res = None();
      else if (m == "__contains__") res = from_bool(contains(b, a[0]));
      else if (m == "__add__") res = add(b, a[0]);
      else if (m == "__mul__") res = mul(b, a[0]);
      else res = call_method_v(b, str_intern(m), a.data(), a.size());
      got = repr_of(res);
    } catch (PyException& e) {
      got = std::string(type_short_name(e.exc)) + ": " + std::string(to_str(e.exc)->view());
    }
    EXPECT_EQ(got, r.result) << m << " on " << repr_of(Value(bytearray_new(r.init)));
    EXPECT_EQ(repr_of(b), r.after) << m;
  }
}

}  // namespace
}  // namespace pytrans::rt
