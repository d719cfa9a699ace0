// SPDX-License-Identifier: Apache-2.0
//
// Tests for runtime/objects/list and list_sort: every method, indexing and
// slicing (extended slices included), repr, comparisons and operators, with
// their results, their effect on the list and their errors replayed from
// vectors printed by CPython 2.7.18 (tests/runtime/vectors/gen_list.py).
// The sort vectors record, through a cmp function, how many comparisons
// 2.7's timsort made, a hash of the pairs it compared in order, and what the
// list held when the cmp function raised part way.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/ops.h"
#include "core/raise.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/tuple.h"
#include "rt_testing.h"

namespace pytrans::rt {
namespace {

using testing_support::repr_of;

class ListTest : public ::testing::Test {
 protected:
  void SetUp() override { testing_support::runtime_once(); }
};

// "i:<int>", "f:<float>", "s:<bytes>", "b:0|1", "N" (see gen_list.py).
Value item(const std::string& spec) {
  switch (spec[0]) {
    case 'i': return make_int(std::stoll(spec.substr(2)));
    case 'f': return make_float(std::stod(spec.substr(2)));
    case 's': return Value(str_new(spec.substr(2)));
    case 'b': return from_bool(spec[2] == '1');
    default: return None();
  }
}

Value list_of_items(const std::vector<std::string>& specs) {
  List* l = list_new();
  for (const auto& s : specs) list_append(l, item(s));
  return Value(l);
}

// "<repr of what fn returns>" or "!<type>: <message>".
template <class F>
std::string outcome(F fn) {
  try {
    return repr_of(fn());
  } catch (PyException& e) {
    return "!" + std::string(type_short_name(e.exc)) + ": " + std::string(to_str(e.exc)->view());
  }
}

Value method(Value l, const char* name, const std::vector<Value>& args) {
  return call_method_v(l, str_intern(name), args.data(), args.size());
}

TEST_F(ListTest, BasicUse) {
  Value l = list_of_items({"i:3", "s:a", "N"});
  method(l, "append", {make_float(2.5)});
  method(l, "insert", {small_int(0), from_bool(true)});
  EXPECT_EQ(repr_of(l), "[True, 3, 'a', None, 2.5]");
  EXPECT_EQ(repr_of(method(l, "pop", {})), "2.5");
  EXPECT_EQ(repr_of(method(l, "index", {Value(str_new("a"))})), "2");
  EXPECT_EQ(repr_of(getitem(l, Value(slice_new(None(), None(), small_int(-1))))), "[None, 'a', 3, True]");
  method(l, "sort", {});
  EXPECT_EQ(repr_of(l), "[None, True, 3, 'a']");
  setitem(l, Value(slice_new(small_int(1), small_int(3), None())), list_of_items({"i:7"}));
  EXPECT_EQ(repr_of(l), "[None, 7, 'a']");
  EXPECT_EQ(outcome([&] { return method(l, "remove", {small_int(8)}); }),
            "!ValueError: list.remove(x): x not in list");
}

struct OpRow {
  const char* op;
  std::vector<std::string> items, args;
  const char* expected;  // "<result> | <list afterwards>"
};

const OpRow kOps[] = {
#include "vectors/list_ops.inc"
};

Value run_op(const std::string& op, Value l, const std::vector<Value>& a, Value rest) {
  static const struct {
    const char* name;
    CompareOp op;
  } kCompares[] = {{"==", kEq}, {"!=", kNe}, {"<", kLt}, {"<=", kLe}, {">", kGt}, {">=", kGe}};
  for (const auto& c : kCompares)
    if (op == c.name) return compare(l, rest, c.op);
  if (op == "extend") return method(l, "extend", {rest});
  if (op == "sort_reverse") {
    Value args[] = {True()};
    return call_method_v(l, str_intern("sort"), args, 0, tuple_of({Value(str_intern("reverse"))}));
  }
  if (op == "getitem") return getitem(l, a[0]);
  if (op == "setitem") {
    setitem(l, a[0], a[1]);
    return None();
  }
  if (op == "delitem") {
    delitem(l, a[0]);
    return None();
  }
  if (op == "getslice") return getitem(l, Value(slice_new(a[0], a[1], a[2])));
  if (op == "setslice") {
    std::vector<Value> src(a.begin() + 3, a.end());
    setitem(l, Value(slice_new(a[0], a[1], a[2])), Value(list_of(src.data(), src.size())));
    return None();
  }
  if (op == "delslice") {
    delitem(l, Value(slice_new(a[0], a[1], a[2])));
    return None();
  }
  if (op == "repr") return l;
  if (op == "+") return binary_op(l, rest, kNbAdd);
  if (op == "+=") return inplace_op(l, rest, kNbAdd);
  if (op == "*") return binary_op(l, a[0], kNbMul);
  if (op == "*=") return inplace_op(l, a[0], kNbMul);
  if (op == "in") return from_bool(contains(l, a[0]));
  if (op == "len") return make_int(l.as<List>()->len);
  return method(l, op.c_str(), a);  // append insert pop remove index count reverse sort
}

TEST_F(ListTest, OperationsMatchCPython) {
  for (const OpRow& r : kOps) {
    Value l = list_of_items(r.items);
    std::string before = repr_of(l);
    std::vector<Value> args;
    for (const auto& s : r.args) args.push_back(item(s));
    Value rest = list_of_items(r.args);
    std::string got = outcome([&] { return run_op(r.op, l, args, rest); });
    got += " | " + repr_of(l);
    EXPECT_EQ(got, r.expected) << "op " << r.op << " on " << before << " with " << repr_of(rest);
  }
}

// ---- sort traces ----

struct SortRow {
  std::vector<int64_t> items;
  bool reverse, key;
  int64_t fail_at, comparisons, trace_hash;
  const char* after;
};

const SortRow kSorts[] = {
#include "vectors/list_sort_trace.inc"
};

// State of the cmp function below (plain integers: no GC memory here).
struct Trace {
  int64_t count = 0, hash = 0, fail_at = 0;
} g_trace;

Value traced_cmp(Value, const Value* args, size_t, Tuple*) {
  constexpr int64_t kP = 1000000007;
  int64_t a = int_value(args[0]), b = int_value(args[1]);
  ++g_trace.count;
  g_trace.hash = (g_trace.hash * 1000003 + (a + 1000) * 2003 + (b + 1000)) % kP;
  if (g_trace.count == g_trace.fail_at) raise_value_error("stop");
  return small_int(a < b ? -1 : a > b ? 1 : 0);
}

Value key7(Value, const Value* args, size_t, Tuple*) {  // x * 7 % 10 (Python's %)
  return small_int(((int_value(args[0]) * 7) % 10 + 10) % 10);
}

TEST_F(ListTest, SortComparesAsCPython) {
  Value cmpfn = Value(builtin_function_new("traced_cmp", traced_cmp));
  Value keyfn = Value(builtin_function_new("key7", key7));
  for (const SortRow& r : kSorts) {
    List* l = list_new();
    for (int64_t v : r.items) list_append(l, make_int(v));
    std::string before = repr_of(Value(l));
    g_trace = Trace{0, 0, r.fail_at};
    std::string error = outcome([&] {
      list_sort(l, cmpfn, r.key ? keyfn : Value(), r.reverse);
      return None();
    });
    EXPECT_EQ(g_trace.count, r.comparisons) << before << " reverse=" << r.reverse << " key=" << r.key;
    EXPECT_EQ(g_trace.hash, r.trace_hash) << before;
    EXPECT_EQ(repr_of(Value(l)), r.after) << before;
    EXPECT_EQ(error, r.fail_at && r.fail_at <= r.comparisons ? "!ValueError: stop" : "None");
  }
}

TEST_F(ListTest, SortedListLooksEmptyAndMutationIsReported) {
  static List* sorting;
  static std::string seen;
  sorting = list_new();
  for (int v : {3, 1, 2}) list_append(sorting, small_int(v));
  seen.clear();
  auto peek = [](Value, const Value* args, size_t, Tuple*) -> Value {
    seen += repr_of(Value(sorting)) + " ";
    list_append(sorting, small_int(9));
    return small_int(int_value(args[0]) - int_value(args[1]));
  };
  Value cmpfn = Value(builtin_function_new("peek", peek));
  std::string error = outcome([&] {
    list_sort(sorting, cmpfn, Value(), false);
    return None();
  });
  EXPECT_EQ(seen, "[] [9] [9, 9] [9, 9, 9] ");  // as CPython 2.7.18 prints
  EXPECT_EQ(error, "!ValueError: list modified during sort");
  EXPECT_EQ(repr_of(Value(sorting)), "[1, 2, 3]");
}

}  // namespace
}  // namespace pytrans::rt
