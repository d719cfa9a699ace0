// SPDX-License-Identifier: Apache-2.0
//
// Tests for stdlib/native/_random.cc: the MT19937 core seeded as 2.7 seeds
// it reproduces CPython 2.7.18's vectors (cpython27-facts.md section 6).
#include <gtest/gtest.h>

#include <string>

#include "core/ops.h"
#include "core/raise.h"
#include "objects/float.h"
#include "objects/long.h"
#include "rt_testing.h"

namespace pytrans::rt {
namespace stdlib {
extern int random_module_anchor;  // links stdlib/native/_random.cc in
}
namespace {

using testing_support::repr_of;

class RandomTest : public ::testing::Test {
 protected:
  void SetUp() override {
    stdlib::random_module_anchor++;
    testing_support::runtime_once();
  }
  Value make(Value seed) {
    Value mod = import_module(str_intern("_random"), nullptr, Value(), 0);
    return call(getattr(mod, str_intern("Random")), seed);
  }
  std::string next_random(Value r) { return repr_of(call_method(r, str_intern("random"))); }
};

TEST_F(RandomTest, SeededSequencesMatch27) {
  Value r = make(small_int(1));
  EXPECT_EQ(next_random(r), "0.13436424411240122");
  EXPECT_EQ(next_random(r), "0.8474337369372327");
  EXPECT_EQ(next_random(r), "0.763774618976614");
  Value r42 = make(small_int(42));
  EXPECT_EQ(next_random(r42), "0.6394267984578837");
  EXPECT_EQ(next_random(r42), "0.025010755222666936");
  EXPECT_EQ(next_random(r42), "0.27502931836911926");
}

TEST_F(RandomTest, SeedForms) {
  struct Row {
    Value seed;
    const char* first;
  };
  const Row rows[] = {{small_int(0), "0.8444218515250481"},
                      {small_int(-1), "0.13436424411240122"},
                      {make_int(int64_t(1) << 40), "0.1036394562812375"},
                      {small_int(7), "0.32383276483316237"},
                      {make_float(3.0), "0.23796462709189137"}};
  for (const Row& row : rows) EXPECT_EQ(next_random(make(row.seed)), row.first);
}

TEST_F(RandomTest, GetrandbitsAndState) {
  Value r = make(small_int(1));
  EXPECT_EQ(repr_of(call_method(r, str_intern("getrandbits"), small_int(64))), "10499958131665514997L");
  EXPECT_EQ(repr_of(call_method(r, str_intern("getrandbits"), small_int(1))), "1");
  Value state = call_method(r, str_intern("getstate"));
  std::string a = next_random(r);
  call_method(r, str_intern("setstate"), state);
  EXPECT_EQ(next_random(r), a);
  EXPECT_EQ(len(state), 625);
}

}  // namespace
}  // namespace pytrans::rt
