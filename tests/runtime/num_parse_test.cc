// SPDX-License-Identifier: Apache-2.0
//
// Tests for runtime/internal/num_parse: float(s), int(s, base) and long(s, base)
// as CPython 2.7.18 accepts them, with its messages. The tables replay vectors
// printed by the real interpreter (tests/runtime/vectors/gen_numeric.py).
#include "internal/num_parse.h"

#include <gmp.h>
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <string>
#include <string_view>

namespace pytrans::rt::internal {
namespace {

using namespace std::string_view_literals;

double from_bits(uint64_t b) {
  double d;
  std::memcpy(&d, &b, sizeof d);
  return d;
}

std::string value_text(const ParseIntResult& r) {
  if (r.kind == ParseIntResult::Kind::kSmall) return std::to_string(r.small);
  std::string s(mpz_sizeinbase(r.big, 10) + 2, '\0');
  mpz_get_str(s.data(), 10, r.big);
  s.resize(std::strlen(s.c_str()));
  return s;
}

TEST(NumParse, MainUses) {
  // float(): whitespace, sign, inf/nan in any case; saturates instead of failing.
  EXPECT_EQ(parse_float(" 1.5 "), 1.5);
  EXPECT_EQ(parse_float("-iNF"), -HUGE_VAL);
  EXPECT_TRUE(std::isnan(*parse_float("nan")));
  EXPECT_EQ(parse_float("1e500"), HUGE_VAL);
  EXPECT_EQ(parse_float("1e-500"), 0.0);
  EXPECT_FALSE(parse_float("0x10"));
  EXPECT_EQ(parse_float_error("abc"), "could not convert string to float: abc");
  EXPECT_EQ(parse_float_error("1e"), "invalid literal for float(): 1e");
  // int(s, base): small values are ints, big ones longs.
  ParseIntResult r = parse_int(" 42 ", 10);
  EXPECT_EQ(r.kind, ParseIntResult::Kind::kSmall);
  EXPECT_EQ(r.small, 42);
  EXPECT_EQ(parse_int("0x10", 16).small, 16);
  EXPECT_EQ(parse_int("010", 0).small, 8);  // legacy octal
  EXPECT_EQ(parse_int("0b11", 0).small, 3);
  ParseIntResult big = parse_int("99999999999999999999", 10);
  EXPECT_EQ(big.kind, ParseIntResult::Kind::kBig);
  EXPECT_EQ(value_text(big), "99999999999999999999");
  // Errors carry 2.7's message; long() accepts a trailing L, int() does not.
  ParseIntResult bad = parse_int("10L", 10);
  EXPECT_EQ(bad.kind, ParseIntResult::Kind::kError);
  EXPECT_EQ(bad.error, "invalid literal for int() with base 10: '10L'");
  EXPECT_EQ(parse_long("10L", 10).small, 10);
  EXPECT_EQ(parse_long("08", 0).error, "invalid literal for long() with base 8: '08'");
  EXPECT_EQ(parse_int("5", 1).error, "int() base must be >= 2 and <= 36, or 0");
  // int(s) without a base reports a NUL byte differently from int(s, 10).
  EXPECT_EQ(parse_int("  5\0"sv, 10, /*base_given=*/false).error,
            "null byte in argument for int()");
  EXPECT_EQ(parse_int("  5\0"sv, 10).error, "invalid literal for int() with base 10: '  5\\x00'");
}

struct FloatRow {
  std::string_view text;
  bool ok;
  uint64_t bits;
  std::string_view error;
};
constexpr FloatRow kFloat[] = {
#include "vectors/parse_float.inc"
};

TEST(NumParse, FloatMatchesCPython) {
  for (const auto& r : kFloat) {
    std::optional<double> got = parse_float(r.text);
    ASSERT_EQ(got.has_value(), r.ok) << "float('" << r.text << "')";
    if (r.ok) {
      double want = from_bits(r.bits);
      if (std::isnan(want)) {
        EXPECT_TRUE(std::isnan(*got)) << r.text;
      } else {
        EXPECT_EQ(*got, want) << r.text;
        EXPECT_EQ(std::signbit(*got), std::signbit(want)) << r.text;
      }
    } else {
      EXPECT_EQ(parse_float_error(r.text), r.error);
    }
  }
}

struct ComplexRow {
  std::string_view text;
  bool ok;
  uint64_t real, imag;
};
constexpr ComplexRow kComplex[] = {
#include "vectors/parse_complex.inc"
};

bool same_value(double got, double want) {
  if (std::isnan(want)) return std::isnan(got);
  return got == want && std::signbit(got) == std::signbit(want);
}

TEST(NumParse, ComplexMatchesCPython) {
  auto z = parse_complex(" (1-j) ");
  ASSERT_TRUE(z);
  EXPECT_EQ(z->first, 1.0);
  EXPECT_EQ(z->second, -1.0);
  for (const auto& r : kComplex) {
    auto got = parse_complex(r.text);
    ASSERT_EQ(got.has_value(), r.ok) << "complex('" << r.text << "')";
    if (r.ok) {
      EXPECT_TRUE(same_value(got->first, from_bits(r.real))) << r.text;
      EXPECT_TRUE(same_value(got->second, from_bits(r.imag))) << r.text;
    }
  }
}

struct FromHexRow {
  const char* text;
  bool ok;
  uint64_t bits;
  const char* exc_type;
  const char* msg;
};
constexpr FromHexRow kFromHex[] = {
#include "vectors/float_fromhex.inc"
};

TEST(NumParse, FloatFromHexMatchesCPython) {
  EXPECT_EQ(parse_float_hex("0x1.8p1").value, 3.0);
  for (const auto& r : kFromHex) {
    HexFloatResult got = parse_float_hex(r.text);
    ASSERT_EQ(got.ok, r.ok) << "float.fromhex('" << r.text << "')";
    if (r.ok) {
      double want = from_bits(r.bits);
      if (std::isnan(want)) {
        EXPECT_TRUE(std::isnan(got.value)) << r.text;
      } else {
        EXPECT_EQ(got.value, want) << r.text;
        EXPECT_EQ(std::signbit(got.value), std::signbit(want)) << r.text;
      }
    } else {
      EXPECT_STREQ(got.exc_type, r.exc_type) << r.text;
      EXPECT_STREQ(got.msg, r.msg) << r.text;
    }
  }
}

struct IntRow {
  std::string_view text;
  int base;
  char func;  // 'i' int(), 'l' long()
  char kind;  // 'I' int, 'L' long, 'E' ValueError
  std::string_view value;  // decimal value or the message
};
constexpr IntRow kInt[] = {
#include "vectors/parse_int.inc"
};

TEST(NumParse, IntAndLongMatchCPython) {
  for (const auto& r : kInt) {
    ParseIntResult got = r.func == 'i' ? parse_int(r.text, r.base) : parse_long(r.text, r.base);
    std::string what = std::string(r.func == 'i' ? "int('" : "long('") + std::string(r.text) +
                       "', " + std::to_string(r.base) + ")";
    if (r.kind == 'E') {
      ASSERT_EQ(got.kind, ParseIntResult::Kind::kError) << what << " = " << value_text(got);
      EXPECT_EQ(got.error, r.value) << what;
      continue;
    }
    ASSERT_NE(got.kind, ParseIntResult::Kind::kError) << what << ": " << got.error;
    EXPECT_EQ(value_text(got), r.value) << what;
    if (r.func == 'i') {
      EXPECT_EQ(got.kind == ParseIntResult::Kind::kBig, r.kind == 'L') << what;
    }
  }
}

}  // namespace
}  // namespace pytrans::rt::internal
