// SPDX-License-Identifier: Apache-2.0
//
// Tests for runtime/internal/int_format: int/long text as CPython 2.7.18 writes
// it. The tables replay vectors printed by the real interpreter
// (tests/runtime/vectors/gen_numeric.py); every value given as a long there
// goes through the mpz_t functions, every int through the int64_t ones.
#include "internal/int_format.h"

#include <gmp.h>
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <string>
#include <string_view>

namespace pytrans::rt::internal {
namespace {

using namespace std::string_view_literals;

// An mpz_t owner for the tests.
struct Z {
  mpz_t v;
  explicit Z(const char* decimal) { mpz_init_set_str(v, decimal, 10); }
  ~Z() { mpz_clear(v); }
  Z(const Z&) = delete;
  Z& operator=(const Z&) = delete;
};

PrintfFlags flags_of(const char* s) {
  PrintfFlags f;
  for (; *s; ++s) {
    switch (*s) {
      case '#': f.alt = true; break;
      case '+': f.plus = true; break;
      case ' ': f.space = true; break;
      case '0': f.zero = true; break;
      case '-': f.left = true; break;
    }
  }
  return f;
}

double from_bits(uint64_t b) {
  double d;
  std::memcpy(&d, &b, sizeof d);
  return d;
}

TEST(IntFormat, MainUses) {
  // Builtins hex/oct/bin, with the trailing 'L' of longs where 2.7 writes it.
  EXPECT_EQ(int_hex(-255), "-0xff");
  EXPECT_EQ(int_oct(8), "010");
  EXPECT_EQ(int_oct(0), "0");
  EXPECT_EQ(int_bin(-5), "-0b101");
  Z big("100000000000000000000");  // 10**20
  EXPECT_EQ(long_repr(big.v), "100000000000000000000L");
  EXPECT_EQ(long_str(big.v), "100000000000000000000");
  EXPECT_EQ(long_hex(big.v), "0x56bc75e2d63100000L");
  Z five("5");
  EXPECT_EQ(long_hex(five.v), "0x5L");
  EXPECT_EQ(long_bin(five.v), "0b101");
  // '%' conversions.
  EXPECT_EQ(format_int_printf(255, 'x', -1, flags_of("#"), -1), "0xff");
  EXPECT_EQ(format_int_printf(0, 'x', -1, flags_of("#"), -1), "0x0");
  EXPECT_EQ(format_int_printf(8, 'o', -1, flags_of("#"), -1), "010");
  EXPECT_EQ(format_int_printf(5, 'd', 3, flags_of("0"), 5), "00005");
  EXPECT_EQ(format_int_printf(-255, 'x', -1, flags_of("0"), 5), "-00ff");
  EXPECT_EQ(format_long_printf(big.v, 'd', -1, flags_of("+"), -1), "+100000000000000000000");
  EXPECT_EQ(format_char_printf(65, {}, -1), "A");
  EXPECT_EQ(unicode_char_printf_arg(0x20ac), U'\u20ac');  // u'%c' % 0x20ac
  try {
    unicode_char_printf_arg(-1);
    FAIL() << "no error";
  } catch (const FormatError& e) {
    EXPECT_EQ(e.exc_type, "OverflowError");
    EXPECT_EQ(e.msg, "%c arg not in range(0x110000) (wide Python build)");
  }
  // format(n, spec).
  EXPECT_EQ(format_int_spec(1234567, ","), "1,234,567");
  EXPECT_EQ(format_int_spec(-1234567, "013,"), "-0,001,234,567");
  EXPECT_EQ(format_int_spec(255, "#x"), "0xff");
  EXPECT_EQ(format_int_spec(8, "#o"), "0o10");
  EXPECT_EQ(format_int_spec(5, "f"), "5.000000");
  EXPECT_EQ(format_int_spec(65, "c"), "A");
  try {
    format_int_spec(5, ".2");
    FAIL() << "no error";
  } catch (const FormatError& e) {
    EXPECT_EQ(e.exc_type, "ValueError");
    EXPECT_EQ(e.msg, "Precision not allowed in integer format specifier");
  }
  // float(long) rounds correctly (ties to even) and reports overflow.
  double d = 0;
  Z tie("9007199254740993");  // 2**53 + 1: halfway, rounds to even 2**53
  ASSERT_TRUE(mpz_to_double(tie.v, d));
  EXPECT_EQ(d, 9007199254740992.0);
  std::string googol4 = "1" + std::string(400, '0');  // 10**400
  Z huge(googol4.c_str());
  EXPECT_FALSE(mpz_to_double(huge.v, d));
  // True division of integers: one correct rounding, 2.7's errors.
  EXPECT_EQ(int_true_divide(1, 3, d), TrueDivStatus::kOk);
  EXPECT_EQ(d, 1 / 3.0);
  EXPECT_EQ(int_true_divide(0, -5, d), TrueDivStatus::kOk);
  EXPECT_TRUE(std::signbit(d));  // -0.0
  EXPECT_EQ(long_true_divide(huge.v, five.v, d), TrueDivStatus::kOverflow);
  EXPECT_EQ(true_divide_error(TrueDivStatus::kOverflow).msg,
            "integer division result too large for a float");
  // int(x) for a float truncates; big values become longs.
  int64_t small = 0;
  EXPECT_EQ(float_to_int(-3.7, small, huge.v), FloatToInt::kSmall);
  EXPECT_EQ(small, -3);
  EXPECT_EQ(float_to_int(1e20, small, huge.v), FloatToInt::kBig);
  EXPECT_EQ(long_str(huge.v), "100000000000000000000");
}

struct ConvRow {
  const char* decimal;
  bool is_long;
  const char *str, *repr, *hex, *oct, *bin;
};
constexpr ConvRow kConv[] = {
#include "vectors/int_conversions.inc"
};

TEST(IntFormat, ConversionsMatchCPython) {
  for (const auto& r : kConv) {
    if (r.is_long) {
      Z z(r.decimal);
      EXPECT_EQ(long_str(z.v), r.str);
      EXPECT_EQ(long_repr(z.v), r.repr);
      EXPECT_EQ(long_hex(z.v), r.hex);
      EXPECT_EQ(long_oct(z.v), r.oct);
      EXPECT_EQ(long_bin(z.v), r.bin);
    } else {
      int64_t v = std::stoll(r.decimal);
      EXPECT_EQ(int_str(v), r.str);
      EXPECT_EQ(int_str(v), r.repr);
      EXPECT_EQ(int_hex(v), r.hex);
      EXPECT_EQ(int_oct(v), r.oct);
      EXPECT_EQ(int_bin(v), r.bin);
    }
  }
}

struct ToDoubleRow {
  const char* decimal;
  uint64_t bits;
  bool overflow;
};
constexpr ToDoubleRow kToDouble[] = {
#include "vectors/long_to_double.inc"
};

TEST(IntFormat, LongToDoubleMatchesCPython) {
  for (const auto& r : kToDouble) {
    Z z(r.decimal);
    double d = 0;
    bool ok = mpz_to_double(z.v, d);
    EXPECT_EQ(!ok, r.overflow) << r.decimal;
    if (ok && !r.overflow) {
      EXPECT_EQ(d, from_bits(r.bits)) << r.decimal;
    }
  }
}

struct TrueDivRow {
  const char* a;
  const char* b;
  bool small;  // both are ints (else at least one long)
  uint64_t bits;
  const char* error;
};
constexpr TrueDivRow kTrueDiv[] = {
#include "vectors/int_true_divide.inc"
};

TEST(IntFormat, TrueDivisionMatchesCPython) {
  for (const auto& r : kTrueDiv) {
    double out = 0;
    TrueDivStatus st;
    if (r.small) {
      st = int_true_divide(std::stoll(r.a), std::stoll(r.b), out);
    } else {
      Z a(r.a), b(r.b);
      st = long_true_divide(a.v, b.v, out);
    }
    std::string what = std::string(r.a) + " / " + r.b;
    if (*r.error) {
      ASSERT_NE(st, TrueDivStatus::kOk) << what;
      FormatError e = true_divide_error(st);
      EXPECT_EQ(e.exc_type + ": " + e.msg, r.error) << what;
    } else {
      ASSERT_EQ(st, TrueDivStatus::kOk) << what;
      double want = from_bits(r.bits);
      EXPECT_EQ(out, want) << what;
      EXPECT_EQ(std::signbit(out), std::signbit(want)) << what;
    }
  }
}

struct FloatToIntRow {
  uint64_t bits;
  char kind;  // 'I' int, 'L' long, 'E' error
  const char* value;  // decimal, or the message
  const char* exc;
};
constexpr FloatToIntRow kFloatToInt[] = {
#include "vectors/float_to_int.inc"
};

TEST(IntFormat, FloatToIntMatchesCPython) {
  mpz_t big;
  mpz_init(big);
  for (const auto& r : kFloatToInt) {
    int64_t small = 0;
    FloatToInt st = float_to_int(from_bits(r.bits), small, big);
    switch (r.kind) {
      case 'I':
        ASSERT_EQ(st, FloatToInt::kSmall) << r.value;
        EXPECT_EQ(std::to_string(small), r.value);
        break;
      case 'L':
        ASSERT_EQ(st, FloatToInt::kBig) << r.value;
        EXPECT_EQ(long_str(big), r.value);
        break;
      default: {
        ASSERT_TRUE(st == FloatToInt::kInfinity || st == FloatToInt::kNan) << r.value;
        FormatError e = float_to_int_error(st);
        EXPECT_EQ(e.msg, r.value);
        EXPECT_EQ(e.exc_type, r.exc);
      }
    }
  }
  mpz_clear(big);
}

struct PrintfRow {
  const char* decimal;
  bool is_long;
  const char* fmt;
  char type;
  int precision;
  const char* flags;
  int width;
  std::string_view expected;  // the text, or the message when exc is set
  const char* exc;       // nullptr or "" when no error
};
constexpr PrintfRow kPrintf[] = {
#include "vectors/int_printf.inc"
};

TEST(IntFormat, PrintfMatchesCPython) {
  for (const auto& r : kPrintf) {
    std::string got, got_exc;
    try {
      if (r.type == 'c') {
        got = format_char_printf(std::stoll(r.decimal), flags_of(r.flags), r.width);
      } else if (r.is_long) {
        Z z(r.decimal);
        got = format_long_printf(z.v, r.type, r.precision, flags_of(r.flags), r.width);
      } else {
        got = format_int_printf(std::stoll(r.decimal), r.type, r.precision, flags_of(r.flags),
                                r.width);
      }
    } catch (const FormatError& e) {
      got = e.msg;
      got_exc = e.exc_type;
    }
    EXPECT_EQ(got, r.expected) << "'" << r.fmt << "' % " << r.decimal << (r.is_long ? "L" : "");
    EXPECT_EQ(got_exc, r.exc ? r.exc : "") << "'" << r.fmt << "' % " << r.decimal;
  }
}

struct SpecRow {
  const char* decimal;
  bool is_long;
  const char* spec;
  std::string_view expected;
  const char* exc;
};
constexpr SpecRow kSpec[] = {
#include "vectors/int_spec.inc"
};

TEST(IntFormat, FormatSpecMatchesCPython) {
  for (const auto& r : kSpec) {
    std::string got, got_exc;
    try {
      if (r.is_long) {
        Z z(r.decimal);
        got = format_long_spec(z.v, r.spec);
      } else {
        got = format_int_spec(std::stoll(r.decimal), r.spec);
      }
    } catch (const FormatError& e) {
      got = e.msg;
      got_exc = e.exc_type;
    }
    std::string what = std::string("format(") + r.decimal + (r.is_long ? "L" : "") + ", '" +
                       r.spec + "')";
    EXPECT_EQ(got, r.expected) << what;
    EXPECT_EQ(got_exc, r.exc) << what;
  }
}

}  // namespace
}  // namespace pytrans::rt::internal
