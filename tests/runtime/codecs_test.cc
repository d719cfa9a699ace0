// SPDX-License-Identifier: Apache-2.0
//
// Tests for codec name resolution and the codecs of codecs_extra.h at the
// internal level (plain strings, no Python objects). Expected values are
// CPython 2.7.18's (codecs.lookup(name).name, u.encode(...), s.decode(...)).
#include <gtest/gtest.h>

#include "objects/codecs_extra.h"

namespace pytrans::rt::internal {
namespace {

std::string name_of(const char* encoding) {
  CodecRef ref;
  return codec_resolve(encoding, &ref) ? ref.name : "<unknown>";
}

TEST(CodecsTest, NamesResolveAs27) {
  EXPECT_EQ(name_of("latin_1"), "iso8859-1");
  EXPECT_EQ(name_of("L1"), "iso8859-1");
  EXPECT_EQ(name_of("Windows-1252"), "cp1252");
  EXPECT_EQ(name_of("ISO8859-15"), "iso8859-15");
  EXPECT_EQ(name_of("  latin  1  "), "iso8859-1");
  EXPECT_EQ(name_of("utf 8"), "utf-8");
  EXPECT_EQ(name_of("mac_roman"), "mac-roman");
  EXPECT_EQ(name_of("rot13"), "rot-13");
  EXPECT_EQ(name_of("iso8859.15"), "<unknown>");  // 2.7 refuses it too
  EXPECT_EQ(name_of("macintosh"), "<unknown>");
  EXPECT_EQ(name_of("shift_jis"), "<unknown>");   // CJK codecs are not provided
  EXPECT_EQ(codec_normalize_encoding("--utf--8--"), "utf_8");
}

std::string encode(const char* encoding, std::u32string_view s, ErrorMode mode, CodecError* err = nullptr) {
  CodecRef ref;
  EXPECT_TRUE(codec_resolve(encoding, &ref));
  std::string out;
  CodecError e;
  if (!codec_ref_encode(ref, s, mode, out, e)) {
    if (err) *err = e;
    return "<error>";
  }
  return out;
}

std::u32string decode(const char* encoding, std::string_view s, ErrorMode mode, CodecError* err = nullptr) {
  CodecRef ref;
  EXPECT_TRUE(codec_resolve(encoding, &ref));
  std::u32string out;
  CodecError e;
  if (!codec_ref_decode(ref, s, mode, out, e)) {
    if (err) *err = e;
    return U"<error>";
  }
  return out;
}

TEST(CodecsTest, Charmap) {
  EXPECT_EQ(encode("cp1252", U"\u20ac\u00e9", ErrorMode::kStrict), "\x80\xe9");
  EXPECT_EQ(decode("koi8-r", "\xf6\xd6", ErrorMode::kStrict), U"\u0416\u0436");
  CodecError err;
  EXPECT_EQ(encode("cp1252", U"ab\U0001f600\U0001f601c", ErrorMode::kStrict, &err), "<error>");
  EXPECT_STREQ(err.encoding, "charmap");
  EXPECT_EQ(err.start, 2);
  EXPECT_EQ(err.end, 4);  // a run of unencodable characters is one error
  EXPECT_STREQ(err.reason, "character maps to <undefined>");
  EXPECT_EQ(decode("cp1252", "a\x81\x90", ErrorMode::kStrict, &err), U"<error>");
  EXPECT_EQ(err.start, 1);
  EXPECT_EQ(err.end, 2);
  EXPECT_EQ(encode("cp1252", U"\U0001f600", ErrorMode::kXmlCharRefReplace), "&#128512;");
  EXPECT_EQ(encode("koi8-r", U"\u20ac", ErrorMode::kBackslashReplace), "\\u20ac");
  // EBCDIC: the replacement text goes through the table too.
  EXPECT_EQ(encode("cp037", U"\u20ac", ErrorMode::kReplace), "\x6f");
  EXPECT_EQ(decode("cp1252", "\x81", ErrorMode::kReplace), U"\ufffd");
}

TEST(CodecsTest, Utf7AndPunycode) {
  EXPECT_EQ(encode("utf-7", U"a+b~\u20ac-", ErrorMode::kStrict), "a+-b+AH4grA--");
  EXPECT_EQ(decode("utf-7", "+2D3eAA-", ErrorMode::kStrict), U"\U0001f600");
  CodecError err;
  EXPECT_EQ(decode("utf-7", "+AK-", ErrorMode::kStrict, &err), U"<error>");
  EXPECT_STREQ(err.encoding, "utf7");
  EXPECT_STREQ(err.reason, "partial character in shift sequence");
  EXPECT_EQ(err.end, 4);
  EXPECT_EQ(encode("punycode", U"b\u00fccher", ErrorMode::kStrict), "bcher-kva");
  EXPECT_EQ(decode("punycode", "bcher-kva", ErrorMode::kStrict), U"b\u00fccher");
}

}  // namespace
}  // namespace pytrans::rt::internal
