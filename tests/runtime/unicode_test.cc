// SPDX-License-Identifier: Apache-2.0
//
// Tests for unicode: the character database (unicode_db), the codecs
// (codecs.h) and the unicode methods, % and format. Every table replays
// vectors printed by CPython 2.7.18 (vectors/gen_strings.py).
#include "str_testing.h"

#include "objects/unicode_db.h"

namespace pytrans::rt {
namespace {

using strtest::MethodCase;

class UnicodeTest : public ::testing::Test {
 protected:
  void SetUp() override { strtest::runtime_once(); }
};

TEST_F(UnicodeTest, MainUses) {
  auto run = [](const char* self, const char* m, std::vector<const char*> args) {
    return strtest::outcome(MethodCase{self, m, args, ""});
  };
  EXPECT_EQ(run("u:caf\xc3\xa9", "upper", {}), "u'CAF\\xc9'");
  EXPECT_EQ(run("u:caf\xc3\xa9", "encode", {"s:utf-8"}), "'caf\\xc3\\xa9'");
  EXPECT_EQ(run("u:caf\xc3\xa9", "encode", {"s:ascii"}),
            "UnicodeEncodeError: 'ascii' codec can't encode character u'\\xe9' in position 3: "
            "ordinal not in range(128)");
  EXPECT_EQ(run("s:\xff", "decode", {"s:utf-8"}),
            "UnicodeDecodeError: 'utf8' codec can't decode byte 0xff in position 0: invalid start byte");
  // 2.7 has no special casing: u'\xdf'.upper() is u'\xdf'.
  EXPECT_EQ(run("u:\xc3\x9f", "upper", {}), "u'\\xdf'");
}

std::u32string value_of_unicode(const char* tagged) {
  Value v = strtest::value_of(tagged);
  return std::u32string(v.as<Unicode>()->view());
}

struct CharCase {
  uint32_t cp;
  const char* flags;  // a d g n l u t s b
  uint32_t upper, lower, title;
};
const CharCase kChars[] = {
#include "vectors/unicode_chars.inc"
};

TEST(UnicodeDb, Vectors) {
  for (const CharCase& c : kChars) {
    char32_t ch = c.cp;
    std::string flags;
    if (internal::uni_isalpha(ch)) flags += 'a';
    if (internal::uni_isdecimal(ch)) flags += 'd';
    if (internal::uni_isdigit(ch)) flags += 'g';
    if (internal::uni_isnumeric(ch)) flags += 'n';
    if (internal::uni_islower(ch)) flags += 'l';
    if (internal::uni_isupper(ch)) flags += 'u';
    if (internal::uni_istitle(ch) || internal::uni_isupper(ch)) flags += 't';  // u.istitle() of one char
    if (internal::uni_isspace(ch)) flags += 's';
    if (internal::uni_islinebreak(ch)) flags += 'b';
    EXPECT_EQ(flags, c.flags) << std::hex << c.cp;
    EXPECT_EQ(static_cast<uint32_t>(internal::uni_toupper(ch)), c.upper) << std::hex << c.cp;
    EXPECT_EQ(static_cast<uint32_t>(internal::uni_tolower(ch)), c.lower) << std::hex << c.cp;
    EXPECT_EQ(static_cast<uint32_t>(internal::uni_totitle(ch)), c.title) << std::hex << c.cp;
  }
}

struct CodecCase {
  const char* codec;
  const char* errors;
  bool encode;
  const char* input;   // tagged unicode (encode) or raw bytes (decode)
  const char* output;  // bytes (encode) or tagged unicode (decode); nullptr = error
  int64_t start, end;
  const char* reason;
  size_t length;       // bytes in output (encode) or input (decode)
};
const CodecCase kCodecs[] = {
#include "vectors/codecs.inc"
};

TEST_F(UnicodeTest, CodecVectors) {
  for (const CodecCase& c : kCodecs) {
    internal::Codec codec;
    ASSERT_TRUE(internal::codec_lookup(c.codec, &codec)) << c.codec;
    internal::ErrorMode mode = internal::error_mode(c.errors);
    internal::CodecError err;
    std::string where = std::string(c.codec) + "/" + c.errors + (c.encode ? " encode " : " decode ");
    if (c.encode) {
      std::u32string in(value_of_unicode(c.input));
      std::string out;
      bool ok = internal::codec_encode(codec, in, mode, out, err);
      ASSERT_EQ(ok, c.output != nullptr) << where << c.input;
      if (ok) EXPECT_EQ(out, std::string(c.output, c.length)) << where << c.input;
    } else {
      std::u32string out;
      bool ok = internal::codec_decode(codec, std::string_view(c.input, c.length), mode, out, err);
      ASSERT_EQ(ok, c.output != nullptr) << where;
      if (ok) EXPECT_EQ(out, value_of_unicode(c.output)) << where;
    }
    if (!c.output) {
      EXPECT_EQ(err.start, c.start) << where;
      EXPECT_EQ(err.end, c.end) << where;
      EXPECT_STREQ(err.reason, c.reason) << where;
    }
  }
}

const MethodCase kUnicodeCases[] = {
#include "vectors/unicode_methods.inc"
};

TEST_F(UnicodeTest, MethodVectors) {
  int failures = 0;
  for (const MethodCase& c : kUnicodeCases) {
    std::string got = strtest::outcome(c);
    if (got != c.expected && ++failures <= 40)
      ADD_FAILURE() << strtest::describe(c) << "\n  expected: " << c.expected << "\n  got:      " << got;
  }
  EXPECT_EQ(failures, 0) << "of " << sizeof kUnicodeCases / sizeof kUnicodeCases[0];
}

}  // namespace
}  // namespace pytrans::rt
