// SPDX-License-Identifier: Apache-2.0
//
// Tests for runtime/objects/file: open() mode parsing, universal-newline
// translation, readline splitting and the errors of misused files. The
// expected values were checked against CPython 2.7.18; the compat tests
// tests/compat/types/file_*.py cover the same ground end to end.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "core/ops.h"
#include "core/raise.h"
#include "objects/exceptions.h"
#include "objects/file.h"
#include "objects/str.h"
#include "rt_testing.h"

namespace pytrans::rt {
namespace {

using internal::FileMode;
using internal::kNewlineCR;
using internal::kNewlineCRLF;
using internal::kNewlineLF;
using internal::NewlineState;
using testing_support::repr_of;

class FileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing_support::runtime_once();
    path_ = "/tmp/pytrans_file_test_" + std::to_string(getpid());
  }
  void TearDown() override { std::remove(path_.c_str()); }

  void write_file(const std::string& data) {
    FILE* fp = std::fopen(path_.c_str(), "wb");
    std::fwrite(data.data(), 1, data.size(), fp);
    std::fclose(fp);
  }
  Value open(const char* mode) {
    Value args[] = {Value(str_new(path_)), Value(str_new(mode))};
    return builtin_open(Value(), args, 2, nullptr);
  }
  static Value S(const char* s) { return Value(str_new(s)); }
  static std::string text(Value v) { return std::string(v.as<Str>()->view()); }

  std::string path_;
};

// (No SCOPED_TRACE here: gtest keeps its trace stack in memory reachable
// only through thread-local storage, which the collector does not scan.)

// The "Type: message" of the exception `f` raises, or "" if none.
template <class F>
std::string error_of(F f) {
  try {
    f();
  } catch (PyException& e) {
    return std::string(type_short_name(e.exc)) + ": " + std::string(exc_str(e.exc)->view());
  }
  return "";
}

TEST_F(FileTest, BasicUse) {
  Value f = open("w");
  call_method(f, str_intern("write"), S("one\n"));
  call_method(f, str_intern("writelines"), call(Value(&ListType), S("ab")));
  EXPECT_EQ(repr_of(getattr(f, str_intern("closed"))), "False");
  call_method(f, str_intern("close"));
  EXPECT_EQ(repr_of(getattr(f, str_intern("closed"))), "True");
  EXPECT_EQ(repr_of(f).rfind("<closed file '" + path_ + "', mode 'w' at 0x", 0), 0u);

  Value g = open("r");
  EXPECT_EQ(text(call_method(g, str_intern("readline"))), "one\n");
  EXPECT_EQ(text(call_method(g, str_intern("read"), small_int(1))), "a");
  EXPECT_EQ(repr_of(call_method(g, str_intern("tell"))), "5");
  call_method(g, str_intern("seek"), small_int(0));
  EXPECT_EQ(repr_of(call_method(g, str_intern("readlines"))), "['one\\n', 'ab']");
  EXPECT_EQ(repr_of(call(Value(&ListType), g)), "[]");
}

TEST_F(FileTest, ModeParsing) {
  struct Case {
    const char* mode;
    const char* error;  // "" when valid
    const char* fopen_mode;
    bool readable, writable, universal, binary;
  };
  const Case cases[] = {
      {"r", "", "r", true, false, false, false},
      {"rb", "", "rb", true, false, false, true},
      {"w", "", "w", false, true, false, false},
      {"a+", "", "a+", true, true, false, false},
      {"r+b", "", "r+b", true, true, false, true},
      // The letters decide, not what fopen makes of them: "rw" is writable.
      {"rw", "", "rw", true, true, false, false},
      {"U", "", "rb", true, false, true, false},
      {"rU", "", "rb", true, false, true, false},
      {"Ub", "", "rb", true, false, true, true},
      {"U+", "", "rb+", true, true, true, false},
      {"wU", "universal newline mode can only be used with modes starting with 'r'", "", false, false, false, false},
      {"aU", "universal newline mode can only be used with modes starting with 'r'", "", false, false, false, false},
      {"", "empty mode string", "", false, false, false, false},
      {"x", "mode string must begin with one of 'r', 'w', 'a' or 'U', not 'x'", "", false, false, false, false},
      {"+r", "mode string must begin with one of 'r', 'w', 'a' or 'U', not '+r'", "", false, false, false, false},
  };
  for (const Case& c : cases) {
    FileMode m = internal::parse_file_mode(c.mode);
    EXPECT_EQ(m.error, c.error) << c.mode;
    if (!m.error.empty()) continue;
    EXPECT_EQ(m.fopen_mode, c.fopen_mode) << c.mode;
    EXPECT_EQ(m.readable, c.readable) << c.mode;
    EXPECT_EQ(m.writable, c.writable) << c.mode;
    EXPECT_EQ(m.universal, c.universal) << c.mode;
    EXPECT_EQ(m.binary, c.binary) << c.mode;
  }
}

TEST_F(FileTest, TranslateNewlines) {
  struct Case {
    std::vector<std::string> chunks;  // successive reads
    std::string out;
    int seen;
    bool pending_cr;  // skip_next_lf at the end
  };
  const Case cases[] = {
      {{"a\nb"}, "a\nb", kNewlineLF, false},
      {{"a\r\nb"}, "a\nb", kNewlineCRLF, false},
      {{"a\rb"}, "a\nb", kNewlineCR, false},
      {{"a\r"}, "a\n", 0, true},  // the next byte decides
      {{"a\r", "\nb"}, "a\nb", kNewlineCRLF, false},
      {{"a\r", "b"}, "a\nb", kNewlineCR, false},
      // A '\r' right after a '\r' is not counted as one (2.7's quirk).
      {{"\r\r\n\n"}, "\n\n\n", kNewlineLF | kNewlineCRLF, false},
      {{"x\r\n", "\r", "\n", "\n"}, "x\n\n\n", kNewlineCRLF | kNewlineLF, false},
      {{"plain"}, "plain", 0, false},
  };
  for (const Case& c : cases) {
    NewlineState st;
    std::string out;
    for (const std::string& chunk : c.chunks) {
      std::string buf = chunk;
      size_t n = internal::translate_newlines(buf.data(), buf.size(), buf.data(), &st);
      out.append(buf.data(), n);
    }
    std::string label = repr_of(Value(str_new(c.out)));
    EXPECT_EQ(out, c.out) << label;
    EXPECT_EQ(st.seen, c.seen) << label;
    EXPECT_EQ(st.skip_next_lf, c.pending_cr) << label;
  }
}

TEST_F(FileTest, ReadlineSplitting) {
  struct Case {
    const char* data;
    const char* mode;
    std::vector<int64_t> limits;  // readline(n) calls; -1 for readline()
    const char* lines;            // repr of the list of results
    const char* newlines;         // repr of f.newlines afterwards
  };
  const Case cases[] = {
      {"a\nbb\r\ncc\rdd", "r", {-1, -1, -1, -1}, "['a\\n', 'bb\\r\\n', 'cc\\rdd', '']", "None"},
      {"a\nbb\r\ncc\rdd", "U", {-1, -1, -1, -1, -1}, "['a\\n', 'bb\\n', 'cc\\n', 'dd', '']",
       "('\\r', '\\n', '\\r\\n')"},
      {"abcdef\n", "r", {2, 0, 3, -1, 5}, "['ab', '', 'cde', 'f\\n', '']", "None"},
      // A '\r' ending a limited read swallows the '\n' of the next one.
      {"ab\r\ncd", "U", {3, -1}, "['ab\\n', 'cd']", "'\\r\\n'"},
      // A '\r' at the end of the file counts once the end is seen.
      {"a\r", "U", {-1, -1}, "['a\\n', '']", "'\\r'"},
      {"a\r", "U", {-1}, "['a\\n']", "None"},
      {"", "U", {-1}, "['']", "None"},
  };
  for (const Case& c : cases) {
    std::string label = repr_of(Value(str_new(c.data))) + " mode " + c.mode;
    write_file(c.data);
    Value f = open(c.mode);
    List* got = list_new();
    for (int64_t n : c.limits) {
      Value line = n < 0 ? call_method(f, str_intern("readline"))
                         : call_method(f, str_intern("readline"), small_int(n));
      list_append(got, line);
    }
    EXPECT_EQ(repr_of(Value(got)), c.lines) << label;
    EXPECT_EQ(repr_of(getattr(f, str_intern("newlines"))), c.newlines) << label;
    call_method(f, str_intern("close"));
  }
}

TEST_F(FileTest, Errors) {
  struct Case {
    const char* mode;
    std::function<void(Value)> op;
    const char* error;
  };
  auto m = [](const char* name) { return str_intern(name); };
  const Case cases[] = {
      {"w", [&](Value f) { call_method(f, m("read")); }, "IOError: File not open for reading"},
      {"r", [&](Value f) { call_method(f, m("write"), S("x")); }, "IOError: File not open for writing"},
      {"r", [&](Value f) { call_method(f, m("write"), small_int(1)); }, "IOError: File not open for writing"},
      {"w", [&](Value f) { call_method(f, m("write"), small_int(1)); },
       "TypeError: expected a string or other character buffer object"},
      {"wb", [&](Value f) { call_method(f, m("write"), small_int(1)); },
       "TypeError: argument 1 must be string or buffer, not int"},
      {"w", [&](Value f) { call_method(f, m("writelines"), small_int(1)); },
       "TypeError: writelines() requires an iterable argument"},
      {"w",
       [&](Value f) {
         List* l = list_new();
         list_append(l, None());
         call_method(f, m("writelines"), Value(l));
       },
       "TypeError: writelines() argument must be a sequence of strings"},
      {"rw", [&](Value f) { call_method(f, m("write"), S("x")); }, "IOError: [Errno 9] Bad file descriptor"},
      {"r", [&](Value f) { call_method(f, m("seek"), small_int(-1)); }, "IOError: [Errno 22] Invalid argument"},
      {"r", [&](Value f) { call_method(f, m("read"), S("x")); }, "TypeError: an integer is required"},
      {"r",
       [&](Value f) {
         call(Value(&ListType), call_method(f, m("xreadlines")));
         call_method(f, m("seek"), small_int(0));
         call_method(f, m("next"));
         call_method(f, m("read"));
       },
       "ValueError: Mixing iteration and read methods would lose data"},
      {"r",
       [&](Value f) {
         call_method(f, m("close"));
         call_method(f, m("tell"));
       },
       "ValueError: I/O operation on closed file"},
      {"r", [&](Value f) { setattr(f, m("closed"), None()); },
       "AttributeError: attribute 'closed' of 'file' objects is not writable"},
      {"r", [&](Value f) { setattr(f, m("name"), None()); }, "TypeError: readonly attribute"},
  };
  for (const Case& c : cases) {
    write_file("x\ny\n");
    Value f = open(c.mode);
    EXPECT_EQ(error_of([&] { c.op(f); }), c.error);
    call_method(f, str_intern("close"));
  }
  EXPECT_EQ(error_of([] {
              Value args[] = {Value(str_new("/nonexistent/x"))};
              builtin_open(Value(), args, 1, nullptr);
            }),
            "IOError: [Errno 2] No such file or directory: '/nonexistent/x'");
  EXPECT_EQ(error_of([] {
              Value args[] = {Value(str_new("/"))};
              builtin_open(Value(), args, 1, nullptr);
            }),
            "IOError: [Errno 21] Is a directory: '/'");
}

}  // namespace
}  // namespace pytrans::rt
