// SPDX-License-Identifier: Apache-2.0
//
// Tests for runtime/objects/set: set and frozenset reproduce 2.7's printed
// order through every operation, replayed from vectors printed by CPython
// 2.7.18 (tests/runtime/vectors/gen_types.py): random operands of ints and
// strs, with dummies left by discards, through | & - ^, their in-place forms
// and method spellings, comparisons, pop and frozenset hashes.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/ops.h"
#include "core/raise.h"
#include "objects/set.h"
#include "rt_testing.h"

namespace pytrans::rt {
namespace {

using testing_support::repr_of;

class SetTest : public ::testing::Test {
 protected:
  void SetUp() override { testing_support::runtime_once(); }
};

Value item(const std::string& spec) {
  if (spec[0] == 'i') return make_int(std::stoll(spec.substr(2)));
  return Value(str_new(spec.substr(2)));
}

Value list_of_items(const std::vector<std::string>& specs) {
  List* l = list_new();
  for (const auto& s : specs) list_append(l, item(s));
  return Value(l);
}

TEST_F(SetTest, BasicUse) {
  Value s = Value(set_from_iterable(Value(str_new("hello world"))));
  EXPECT_EQ(repr_of(s), "set([' ', 'e', 'd', 'h', 'l', 'o', 'r', 'w'])");
  Value items[] = {small_int(16), small_int(8)};
  EXPECT_EQ(repr_of(build_set(items, 2)), "set([16, 8])");
  EXPECT_EQ(repr_of(Value(frozenset_new_from(Value(str_new("abracadabra"))))), "frozenset(['a', 'r', 'b', 'c', 'd'])");
  EXPECT_EQ(hash(Value(frozenset_new_from(Value()))), 133156838395276LL);
}

struct OpRow {
  const char* op;
  std::vector<std::string> a, drop, b;
  const char* expected;
};

const OpRow kOps[] = {
#include "vectors/set_ops.inc"
};

Value run_op(const std::string& op, Value s, Value t, Value blist) {
  auto m = [&](const char* name, Value arg) { return call_method(s, str_intern(name), arg); };
  if (op == "|") return bit_or(s, t);
  if (op == "&") return bit_and(s, t);
  if (op == "-") return sub(s, t);
  if (op == "^") return bit_xor(s, t);
  if (op == "|=") return inplace_op(s, t, kNbOr);
  if (op == "&=") return inplace_op(s, t, kNbAnd);
  if (op == "-=") return inplace_op(s, t, kNbSub);
  if (op == "^=") return inplace_op(s, t, kNbXor);
  if (op == "difference_list") return m("difference", blist);
  if (op == "update_list") {
    m("update", blist);
    return s;
  }
  if (op == "==") return compare(s, t, kEq);
  if (op == "<") return compare(s, t, kLt);
  if (op == "copy") return call_method(s, str_intern("copy"));
  if (op == "pop2") {
    std::string out;
    for (int i = 0; i < 2; ++i) {
      if (!truth(s)) break;
      if (!out.empty()) out += ' ';
      out += repr_of(call_method(s, str_intern("pop")));
    }
    return Value(str_new(out + " " + repr_of(s)));
  }
  return m(op.c_str(), t);
}

TEST_F(SetTest, OperationsMatchCPythonOrder) {
  for (const OpRow& r : kOps) {
    Value s = Value(set_from_iterable(list_of_items(r.a)));
    for (const auto& d : r.drop) set_discard(s.as<Set>(), item(d));
    Value blist = list_of_items(r.b);
    Value t = Value(set_from_iterable(blist));
    Value res = run_op(r.op, s, t, blist);
    std::string got = is_str(res) && std::string(r.op) == "pop2" ? std::string(res.as<Str>()->view()) : repr_of(res);
    EXPECT_EQ(got, r.expected) << "op " << r.op << " on " << repr_of(list_of_items(r.a));
  }
}

struct HashRow {
  std::vector<std::string> items;
  int64_t hash;
  const char* repr;
};

const HashRow kHashes[] = {
#include "vectors/set_frozenset_hash.inc"
};

TEST_F(SetTest, FrozensetHashAndRepr) {
  for (const HashRow& r : kHashes) {
    Value f = Value(frozenset_new_from(list_of_items(r.items)));
    EXPECT_EQ(hash(f), r.hash) << r.repr;
    EXPECT_EQ(repr_of(f), r.repr);
  }
}

TEST_F(SetTest, Errors) {
  auto message = [](auto fn) -> std::string {
    try {
      fn();
    } catch (PyException& e) {
      return std::string(type_short_name(e.exc)) + ": " + std::string(to_str(e.exc)->view());
    }
    return "no error";
  };
  Value s = Value(set_new());
  EXPECT_EQ(message([&] { call_method(s, str_intern("pop")); }), "KeyError: 'pop from an empty set'");
  EXPECT_EQ(message([&] { set_add(s.as<Set>(), Value(list_new())); }), "TypeError: unhashable type: 'list'");
  EXPECT_EQ(message([&] { hash(s); }), "TypeError: unhashable type: 'set'");
  set_add(s.as<Set>(), small_int(1));
  Value it = iter(s);
  next(it);
  set_add(s.as<Set>(), small_int(2));
  EXPECT_EQ(message([&] { next(it); }), "RuntimeError: Set changed size during iteration");
}

}  // namespace
}  // namespace pytrans::rt
