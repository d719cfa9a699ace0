// SPDX-License-Identifier: Apache-2.0
// dict: CPython 2.7's table rules decide the printed order. The first test
// shows the main uses; the table test replays random insert/delete programs
// whose expected reprs were printed by CPython 2.7.18 (vectors/gen_dict.py).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
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

}  // namespace
}  // namespace pytrans::rt
