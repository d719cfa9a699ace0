// SPDX-License-Identifier: Apache-2.0
// dict: CPython 2.7's table rules decide the printed order. The first test
// shows the main uses; the table test replays random insert/delete programs
// whose expected reprs were printed by CPython 2.7.18 (vectors/gen_dict.py).
// The tables after it (ordering comparison, methods and their errors, views)
// hold results printed by CPython 2.7.18 for the same operations.
#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "core/raise.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/set.h"
#include "objects/tuple.h"
#include "rt_testing.h"

namespace pytrans::rt {
namespace {

using testing_support::repr_of;
using testing_support::runtime_once;

struct K {
  bool is_str;
  int64_t i;
  const char* s;
  static K Int(int64_t v) { return K{false, v, nullptr}; }
  static K Str(const char* v) { return K{true, 0, v}; }
  Value value() const { return is_str ? Value(str_new(s, std::char_traits<char>::length(s))) : make_int(i); }
};

struct Op {
  K key;
  int64_t value;  // -1: delete the key
};

struct Case {
  std::vector<Op> ops;
  const char* expected_repr;
};

TEST(Dict, MainUses) {
  runtime_once();
  Dict* d = dict_new();
  dict_set(d, Value(str_intern("a")), small_int(1));
  dict_set(d, Value(str_intern("b")), small_int(2));
  dict_set(d, Value(str_intern("c")), small_int(3));
  // 2.7 order: hash('a') & 7 == 1, 'c' probes to 3, 'b' lands in 2... as printed by CPython.
  EXPECT_EQ(repr_of(Value(d)), "{'a': 1, 'c': 3, 'b': 2}");
  EXPECT_EQ(dict_get(d, Value(str_new("b", 1))), small_int(2));
  EXPECT_TRUE(dict_get(d, Value(str_intern("zz"))).is_null());
  EXPECT_TRUE(dict_del(d, Value(str_intern("a"))));
  EXPECT_FALSE(dict_del(d, Value(str_intern("a"))));
  EXPECT_EQ(repr_of(Value(d)), "{'c': 3, 'b': 2}");
  // Equal keys of different types share one entry: the first key stays.
  Dict* e = dict_new();
  dict_set(e, small_int(1), Value(str_intern("a")));
  dict_set(e, make_float(1.0), Value(str_intern("b")));
  EXPECT_EQ(repr_of(Value(e)), "{1: 'b'}");
}

TEST(Dict, ReplaysCPythonOrder) {
  runtime_once();
  const std::vector<Case> cases = {
#include "vectors/dict_vectors.inc"
  };
  ASSERT_GE(cases.size(), 300u);
  for (size_t n = 0; n < cases.size(); ++n) {
    Dict* d = dict_new();
    for (const Op& op : cases[n].ops) {
      if (op.value < 0) ASSERT_TRUE(dict_del(d, op.key.value())) << "case " << n;
      else dict_set(d, op.key.value(), make_int(op.value));
    }
    EXPECT_EQ(repr_of(Value(d)), cases[n].expected_repr) << "case " << n;
  }
}

// ---- tables of CPython 2.7.18 results ----

// A tiny reader for the Python literals the tables use: ints, 'strs',
// [lists], (tuples), {dicts} and set([...]).
class Literal {
 public:
  explicit Literal(const char* text) : p_(text) {}
  Value parse() {
    skip();
    if (std::strncmp(p_, "set(", 4) == 0) {
      p_ += 4;
      Value items = parse();
      expect(')');
      return Value(set_from_iterable(items));
    }
    char c = *p_;
    if (c == '\'') {
      const char* start = ++p_;
      while (*p_ != '\'') ++p_;
      return Value(str_new(start, p_++ - start));
    }
    if (c == '[' || c == '(') {
      List* l = list_new();
      bool comma = false;
      char close = c == '[' ? ']' : ')';
      ++p_;
      for (skip(); *p_ != close; skip()) {
        list_append(l, parse());
        skip();
        if (*p_ == ',') ++p_, comma = true;
      }
      ++p_;
      if (c == '[') return Value(l);
      if (l->len == 1 && !comma) return l->items[0];  // (x) is x
      return Value(tuple_from(l->items, l->len));
    }
    if (c == '{') {
      Dict* d = dict_new();
      for (++p_, skip(); *p_ != '}'; skip()) {
        Value k = parse();
        expect(':');
        dict_set(d, k, parse());
        skip();
        if (*p_ == ',') ++p_;
      }
      ++p_;
      return Value(d);
    }
    char* end;
    int64_t n = std::strtoll(p_, &end, 10);
    p_ = end;
    return make_int(n);
  }

 private:
  void skip() {
    while (*p_ == ' ') ++p_;
  }
  void expect(char c) {
    skip();
    EXPECT_EQ(*p_, c);
    ++p_;
  }
  const char* p_;
};

Value lit(const char* text) { return Literal(text).parse(); }

// Runs f and renders what it returned (repr) or raised ("KeyError: 3").
template <class F>
std::string outcome(F f) {
  try {
    return repr_of(f());
  } catch (PyException& e) {
    return std::string(type_short_name(e.exc)) + ": " + std::string(to_str(e.exc)->view());
  }
}

struct CompareRow {
  const char* a;
  const char* b;
  int cmp;
  bool lt, eq;
};

TEST(Dict, OrderingLikeCPython) {
  runtime_once();
  // Shorter is smaller; at equal lengths the smallest key whose value differs
  // decides (2.7's characterize), then the values under those keys.
  const CompareRow rows[] = {
      {"{}", "{}", 0, false, true},
      {"{}", "{1: 1}", -1, true, false},
      {"{1: 2}", "{1: 2}", 0, false, true},
      {"{1: 2}", "{1: 3}", -1, true, false},
      {"{1: 2}", "{0: 0}", 1, false, false},
      {"{1: 2, 3: 4}", "{3: 4, 1: 2}", 0, false, true},
      {"{1: 9, 2: 0}", "{1: 0, 2: 9}", 1, false, false},
      {"{5: 1, 9: 1}", "{5: 1, 8: 7}", 1, false, false},
      {"{8: 1, 9: 1}", "{8: 2, 9: 0}", -1, true, false},
      {"{16: 1, 8: 1, 0: 1}", "{16: 1, 8: 1, 0: 2}", -1, true, false},
      {"{1: 1, 2: 2}", "{1: 1}", 1, false, false},
      {"{-1: 5}", "{-2: 5}", 1, false, false},
      {"{'b': 1, 'a': 2}", "{'a': 2, 'c': 0}", -1, true, false},
  };
  for (const CompareRow& r : rows) {
    Value a = lit(r.a), b = lit(r.b);
    EXPECT_EQ(cmp3(a, b), r.cmp) << r.a << " vs " << r.b;
    EXPECT_EQ(cmp3(b, a), -r.cmp) << r.b << " vs " << r.a;
    EXPECT_EQ(compare_bool(a, b, kLt), r.lt) << r.a << " < " << r.b;
    EXPECT_EQ(compare_bool(a, b, kEq), r.eq) << r.a << " == " << r.b;
    EXPECT_EQ(dict_compare(a.as<Dict>(), b.as<Dict>()), r.cmp) << r.a << " vs " << r.b;
  }
}

struct MethodRow {
  const char* method;
  const char* args;  // a tuple literal
  const char* expected;
};

TEST(Dict, MethodsLikeCPython) {
  runtime_once();
  // Each row runs on a fresh {1: 10, 2: 20}.
  const MethodRow rows[] = {
      {"pop", "(3,)", "KeyError: 3"},
      {"pop", "(3, 'x')", "'x'"},
      {"pop", "()", "TypeError: pop expected at least 1 arguments, got 0"},
      {"pop", "(1, 2, 3)", "TypeError: pop expected at most 2 arguments, got 3"},
      {"pop", "((1, 2),)", "KeyError: (1, 2)"},
      {"popitem", "()", "(1, 10)"},
      {"setdefault", "(3,)", "None"},
      {"setdefault", "(1, 5)", "10"},
      {"setdefault", "()", "TypeError: setdefault expected at least 1 arguments, got 0"},
      {"update", "([1],)", "TypeError: cannot convert dictionary update sequence element #0 to a sequence"},
      {"update", "([(5, 6, 7)],)", "ValueError: dictionary update sequence element #0 has length 3; 2 is required"},
      {"update", "([(5, 6), 'x'],)", "ValueError: dictionary update sequence element #1 has length 1; 2 is required"},
      {"update", "(7,)", "TypeError: 'int' object is not iterable"},
      {"update", "({}, {})", "TypeError: update expected at most 1 arguments, got 2"},
      {"update", "([(5, 6), 'ab'],)", "None"},
      {"has_key", "(1,)", "True"},
      {"has_key", "()", "TypeError: has_key() takes exactly one argument (0 given)"},
      {"has_key", "([],)", "TypeError: unhashable type: 'list'"},
      {"get", "()", "TypeError: get expected at least 1 arguments, got 0"},
      {"get", "(9, 8)", "8"},
      {"fromkeys", "()", "TypeError: fromkeys expected at least 1 arguments, got 0"},
      {"fromkeys", "([1], 2, 3)", "TypeError: fromkeys expected at most 2 arguments, got 3"},
      {"fromkeys", "('ab',)", "{'a': None, 'b': None}"},
      {"keys", "(1,)", "TypeError: keys() takes no arguments (1 given)"},
      {"viewkeys", "(1,)", "TypeError: viewkeys() takes no arguments (1 given)"},
      {"viewitems", "()", "dict_items([(1, 10), (2, 20)])"},
      {"__cmp__", "({1: 10},)", "1"},
      {"__cmp__", "(1,)", "TypeError: dict.__cmp__(x,y) requires y to be a 'dict', not a 'int'"},
      {"copy", "()", "{1: 10, 2: 20}"},
      {"__contains__", "(2,)", "True"},
      {"__contains__", "([],)", "TypeError: unhashable type: 'list'"},
  };
  for (const MethodRow& r : rows) {
    Value d = lit("{1: 10, 2: 20}");
    Tuple* args = lit(r.args).as<Tuple>();
    EXPECT_EQ(outcome([&] { return call_method_v(d, str_intern(r.method), args->items, args->len); }), r.expected)
        << r.method << r.args;
  }
  EXPECT_EQ(outcome([] { return call_method(lit("{}"), str_intern("popitem")); }),
            "KeyError: 'popitem(): dictionary is empty'");
  // pop on an empty dict answers before hashing the key.
  EXPECT_EQ(outcome([] { return call_method(lit("{}"), str_intern("pop"), lit("[]"), small_int(1)); }), "1");
  EXPECT_EQ(outcome([] { return call_method(lit("{}"), str_intern("pop"), lit("[]")); }), "KeyError: []");
}

struct ViewRow {
  char kind;        // k(eys), v(alues), i(tems) view of {'a': 1, 'b': 2, 'c': 3}
  const char* op;   // repr, len, hash, in, a binary operator, or r<op>: other <op> view
  const char* other;
  const char* expected;
};

Value view_op(Value view, const std::string& op, Value other) {
  static const char* const kCompare[] = {"<", "<=", "==", "!=", ">", ">="};
  if (op == "repr") return view;
  if (op == "len") return make_int(len(view));
  if (op == "hash") return make_int(hash(view));
  if (op == "in") return from_bool(contains(view, other));
  bool reflected = op[0] == 'r';
  std::string sym = reflected ? op.substr(1) : op;
  Value a = reflected ? other : view, b = reflected ? view : other;
  if (sym == "&") return bit_and(a, b);
  if (sym == "|") return bit_or(a, b);
  if (sym == "^") return bit_xor(a, b);
  if (sym == "-") return sub(a, b);
  for (int i = 0; i < 6; ++i)
    if (sym == kCompare[i]) return compare(a, b, static_cast<CompareOp>(i));
  ADD_FAILURE() << "unknown op " << op;
  return None();
}

TEST(Dict, ViewsLikeCPython) {
  runtime_once();
  const ViewRow rows[] = {
      {'k', "repr", "", "dict_keys(['a', 'c', 'b'])"},
      {'v', "repr", "", "dict_values([1, 3, 2])"},
      {'i', "repr", "", "dict_items([('a', 1), ('c', 3), ('b', 2)])"},
      {'k', "len", "", "3"},
      {'k', "&", "['a', 'x']", "set(['a'])"},
      {'k', "|", "'xy'", "set(['a', 'x', 'c', 'b', 'y'])"},
      {'k', "-", "('a', 'b')", "set(['c'])"},
      {'k', "^", "set(['a', 'q'])", "set(['q', 'c', 'b'])"},
      {'k', "r&", "['a', 'x']", "set(['a'])"},
      {'k', "r-", "'abz'", "set(['z'])"},
      {'k', "r|", "[]", "set(['a', 'c', 'b'])"},
      {'k', "r^", "{'a': 0, 'w': 0}", "set(['c', 'b', 'w'])"},
      {'i', "&", "[('a', 1), ('b', 3)]", "set([('a', 1)])"},
      {'i', "-", "set([('c', 3)])", "set([('a', 1), ('b', 2)])"},
      {'k', "&", "5", "TypeError: 'int' object is not iterable"},
      {'k', "r|", "5", "TypeError: 'int' object is not iterable"},
      {'v', "&", "set([1])", "TypeError: unsupported operand type(s) for &: 'dict_values' and 'set'"},
      {'k', "==", "set(['a', 'b', 'c'])", "True"},
      {'k', "!=", "set(['a', 'b', 'c'])", "False"},
      {'k', "<", "set(['a', 'b', 'c', 'd'])", "True"},
      {'k', "<=", "set(['a'])", "False"},
      {'k', ">", "set(['a'])", "True"},
      {'k', ">=", "set(['a', 'b', 'c'])", "True"},
      {'k', "==", "['a', 'b', 'c']", "False"},
      {'i', "==", "set([('a', 1), ('b', 2), ('c', 3)])", "True"},
      {'i', "<", "set([('a', 1)])", "False"},
      {'k', "r==", "set(['a', 'b', 'c'])", "True"},
      {'k', "r<", "set(['a'])", "True"},
      {'k', "in", "'a'", "True"},
      {'k', "in", "'z'", "False"},
      {'k', "in", "[]", "TypeError: unhashable type: 'list'"},
      {'i', "in", "('a', 1)", "True"},
      {'i', "in", "('a', 2)", "False"},
      {'i', "in", "('a',)", "False"},
      {'i', "in", "['a', 1]", "False"},
      {'i', "in", "([], 1)", "False"},
      {'v', "in", "2", "True"},
      {'v', "in", "[]", "False"},
      {'k', "hash", "", "TypeError: unhashable type: 'dict_keys'"},
      {'i', "hash", "", "TypeError: unhashable type: 'dict_items'"},
  };
  for (const ViewRow& r : rows) {
    Value d = lit("{'a': 1, 'b': 2, 'c': 3}");
    const char* method = r.kind == 'k' ? "viewkeys" : r.kind == 'v' ? "viewvalues" : "viewitems";
    Value view = call_method(d, str_intern(method));
    Value other = *r.other ? lit(r.other) : None();
    EXPECT_EQ(outcome([&] { return view_op(view, r.op, other); }), r.expected)
        << r.kind << " " << r.op << " " << r.other;
  }
}

}  // namespace
}  // namespace pytrans::rt
