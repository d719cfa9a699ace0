// SPDX-License-Identifier: Apache-2.0
//
// Tests for str: methods, the % operator, str.format and format(), run
// through the same method tables Python code calls. The big table replays
// vectors/str_methods.inc, printed by CPython 2.7.18 (vectors/gen_strings.py):
// every method over a set of receivers and arguments, with 2.7's exact
// results and error messages.
#include "str_testing.h"

#include "objects/str_algo.h"

namespace pytrans::rt {
namespace {

using strtest::MethodCase;

class StrTest : public ::testing::Test {
 protected:
  void SetUp() override { strtest::runtime_once(); }
};

TEST_F(StrTest, MainUses) {
  auto run = [](const char* self, const char* m, std::vector<const char*> args) {
    return strtest::outcome(MethodCase{self, m, args, ""});
  };
  EXPECT_EQ(run("s:a,b,,c", "split", {"s:,"}), "['a', 'b', '', 'c']");
  EXPECT_EQ(run("s:  a b  ", "split", {}), "['a', 'b']");
  EXPECT_EQ(run("s:hello world", "title", {}), "'Hello World'");
  EXPECT_EQ(run("s:-42", "zfill", {"i:6"}), "'-00042'");
  EXPECT_EQ(run("s:%s=%d", "%", {"s:x", "i:5"}), "'x=5'");
  EXPECT_EQ(run("s:{0}-{1!r}", "format", {"i:1", "s:a"}), "\"1-'a'\"");
  // A unicode argument makes the result unicode, as in 2.7.
  EXPECT_EQ(run("s:a,b", "split", {"u:,"}), "[u'a', u'b']");
  EXPECT_EQ(run("s:%s", "%", {"u:x"}), "u'x'");
  EXPECT_EQ(run("s:abc", "count", {}), "TypeError: count() takes at least 1 argument (0 given)");
}

TEST(StrAlgo, AdjustIndicesAsCPython) {
  // 'abc'.find('', 3) == 3 but 'abc'.find('', 4) == -1.
  EXPECT_EQ(strings::find<char>("abc", "", 3, INT64_MAX, false), 3);
  EXPECT_EQ(strings::find<char>("abc", "", 4, INT64_MAX, false), -1);
  EXPECT_EQ(strings::count<char>("abc", "", 0, INT64_MAX), 4);
  EXPECT_TRUE(strings::tailmatch<char>("abc", "c", -1, INT64_MAX, true));
}

const MethodCase kStrCases[] = {
#include "vectors/str_methods.inc"
};

TEST_F(StrTest, Vectors) {
  int failures = 0;
  for (const MethodCase& c : kStrCases) {
    std::string got = strtest::outcome(c);
    if (got != c.expected && ++failures <= 40)
      ADD_FAILURE() << strtest::describe(c) << "\n  expected: " << c.expected << "\n  got:      " << got;
  }
  EXPECT_EQ(failures, 0) << "of " << sizeof kStrCases / sizeof kStrCases[0];
}

}  // namespace
}  // namespace pytrans::rt
