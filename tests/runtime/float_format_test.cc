// SPDX-License-Identifier: Apache-2.0
//
// Tests for runtime/internal/float_format: float text and float arithmetic as
// CPython 2.7.18 does them. The first test shows the main uses; the table tests
// replay thousands of cases printed by the real interpreter
// (tests/runtime/vectors/gen_numeric.py writes the *.inc files included here).
#include "internal/float_format.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
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

uint64_t to_bits(double d) {
  uint64_t b;
  std::memcpy(&b, &d, sizeof b);
  return b;
}

// Same value, and the same bits unless both are nan (2.7 never prints nan's sign).
bool same_double(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  return to_bits(a) == to_bits(b);
}

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

TEST(FloatFormat, MainUses) {
  // repr: shortest round-trip digits; fixed notation iff -4 <= exponent < 16.
  EXPECT_EQ(float_repr(0.1), "0.1");
  EXPECT_EQ(float_repr(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(float_repr(1e16), "1e+16");
  EXPECT_EQ(float_repr(1e15), "1000000000000000.0");
  EXPECT_EQ(float_repr(1e-5), "1e-05");
  EXPECT_EQ(float_repr(-0.0), "-0.0");
  EXPECT_EQ(float_repr(-std::numeric_limits<double>::infinity()), "-inf");
  // str / print: 12 significant digits, fixed iff -4 <= exponent < 11.
  EXPECT_EQ(float_str(1 / 3.0), "0.333333333333");
  EXPECT_EQ(float_str(1e11), "1e+11");
  EXPECT_EQ(float_str(99999999999.0), "99999999999.0");
  EXPECT_EQ(float_str(5e-324), "4.94065645841e-324");
  // 2.7's dtoa keeps trailing zeros when an integer below 1e15 is cut at an
  // exact half that rounds down.
  EXPECT_EQ(float_str(6107705884305.0), "6.10770588430e+12");
  EXPECT_EQ(format_float_printf(38050.0, 'g', 3, {}, -1), "3.80e+04");
  EXPECT_EQ(format_float_printf(38040.0, 'g', 3, {}, -1), "3.8e+04");
  // '%' formatting.
  EXPECT_EQ(format_float_printf(0.5, 'f', 0, {}, -1), "0");
  EXPECT_EQ(format_float_printf(2.675, 'f', 2, {}, -1), "2.67");
  EXPECT_EQ(format_float_printf(100.0, 'g', -1, {}, -1), "100");
  EXPECT_EQ(format_float_printf(1.0, 'g', -1, flags_of("#"), -1), "1.00000");
  EXPECT_EQ(format_float_printf(-std::numeric_limits<double>::infinity(), 'e', 2, flags_of("0"),
                                10),
            "-000000inf");
  EXPECT_EQ(format_float_printf(1e300, 'f', -1, {}, -1).size(), 301u + 7u);
  // format(x, spec).
  EXPECT_EQ(format_float_spec(12345.678, ","), "12,345.678");
  EXPECT_EQ(format_float_spec(12345.678, ",.2f"), "12,345.68");
  EXPECT_EQ(format_float_spec(1234.5, "010,.1f"), "0,001,234.5");
  EXPECT_EQ(format_float_spec(100.0, ".3"), "1e+02");
  EXPECT_EQ(format_float_spec(0.1, "10"), "       0.1");
  try {
    format_float_spec(1.0, "d");
    FAIL() << "no error";
  } catch (const FormatError& e) {
    EXPECT_EQ(e.exc_type, "ValueError");
    EXPECT_EQ(e.msg, "Unknown format code 'd' for object of type 'float'");
  }
  // round(): half away from zero, on the exact binary value.
  bool overflow = false;
  EXPECT_EQ(float_round(2.5, 0, overflow), 3.0);
  EXPECT_EQ(float_round(0.125, 2, overflow), 0.13);
  EXPECT_EQ(float_round(2.675, 2, overflow), 2.67);
  EXPECT_EQ(float_round(-1350, -2, overflow), -1400.0);
  float_round(1.7976931348623157e308, -308, overflow);
  EXPECT_TRUE(overflow);
  // Floor division and modulo follow the divisor's sign; errors come as a status.
  double q = 0, m = 0;
  EXPECT_EQ(float_divmod(-7.5, 2, q, m), FloatStatus::kOk);
  EXPECT_EQ(q, -4.0);
  EXPECT_EQ(m, 0.5);
  EXPECT_EQ(float_mod(1.0, 0.0, m), FloatStatus::kModuloByZero);
  EXPECT_EQ(float_status_error(FloatStatus::kModuloByZero).msg, "float modulo");
  EXPECT_EQ(float_pow(-8.0, 0.5, q), FloatStatus::kNegativeToFraction);
  EXPECT_EQ(float_pow(10.0, 400.0, q), FloatStatus::kPowOverflow);
}

struct ComplexRow {
  uint64_t real, imag;
  const char* repr;
  const char* str;
};
constexpr ComplexRow kComplex[] = {
#include "vectors/complex_text.inc"
};

TEST(FloatFormat, ComplexReprAndStrMatchCPython) {
  EXPECT_EQ(complex_repr(1, 2), "(1+2j)");
  EXPECT_EQ(complex_repr(0, 1), "1j");
  EXPECT_EQ(complex_repr(-0.0, 1), "(-0+1j)");
  for (const auto& r : kComplex) {
    double re = from_bits(r.real), im = from_bits(r.imag);
    EXPECT_EQ(complex_repr(re, im), r.repr);
    EXPECT_EQ(complex_str(re, im), r.str);
  }
}

struct ComplexSpecRow {
  uint64_t real, imag;
  const char* spec;
  const char* expected;  // the text, or the message when exc_type is not empty
  const char* exc_type;
};
constexpr ComplexSpecRow kComplexSpec[] = {
#include "vectors/complex_spec.inc"
};

TEST(FloatFormat, ComplexFormatSpecMatchesCPython) {
  EXPECT_EQ(format_complex_spec(1, 2, ".2f"), "1.00+2.00j");
  for (const auto& r : kComplexSpec) {
    double re = from_bits(r.real), im = from_bits(r.imag);
    std::string got, got_type;
    try {
      got = format_complex_spec(re, im, r.spec);
    } catch (const FormatError& e) {
      got = e.msg;
      got_type = e.exc_type;
    }
    std::string what = "format(complex(" + float_repr(re) + ", " + float_repr(im) + "), '" +
                       r.spec + "')";
    EXPECT_EQ(got, r.expected) << what;
    EXPECT_EQ(got_type, r.exc_type) << what;
  }
}

struct HexRow {
  uint64_t bits;
  const char* hex;
};
constexpr HexRow kHex[] = {
#include "vectors/float_hex.inc"
};

TEST(FloatFormat, FloatHexMatchesCPython) {
  EXPECT_EQ(float_hex(0.1), "0x1.999999999999ap-4");
  for (const auto& r : kHex) EXPECT_EQ(float_hex(from_bits(r.bits)), r.hex);
}

struct ReprStrRow {
  uint64_t bits;
  const char* repr;
  const char* str;
};
constexpr ReprStrRow kReprStr[] = {
#include "vectors/float_repr_str.inc"
};

TEST(FloatFormat, ReprAndStrMatchCPython) {
  for (const auto& r : kReprStr) {
    double x = from_bits(r.bits);
    EXPECT_EQ(float_repr(x), r.repr) << std::hex << r.bits;
    EXPECT_EQ(float_str(x), r.str) << std::hex << r.bits;
  }
}

struct PrintfRow {
  uint64_t bits;
  const char* fmt;
  char type;
  int precision;
  const char* flags;
  int width;
  const char* expected;
};
constexpr PrintfRow kPrintf[] = {
#include "vectors/float_printf.inc"
};

TEST(FloatFormat, PrintfMatchesCPython) {
  for (const auto& r : kPrintf) {
    EXPECT_EQ(format_float_printf(from_bits(r.bits), r.type, r.precision, flags_of(r.flags),
                                  r.width),
              r.expected)
        << "'" << r.fmt << "' % " << float_repr(from_bits(r.bits));
  }
}

struct SpecRow {
  uint64_t bits;
  const char* spec;
  std::string_view expected;  // the text, or the message when exc_type is not empty
  const char* exc_type;
};
constexpr SpecRow kSpec[] = {
#include "vectors/float_spec.inc"
};

TEST(FloatFormat, FormatSpecMatchesCPython) {
  for (const auto& r : kSpec) {
    double x = from_bits(r.bits);
    std::string got, got_type;
    try {
      got = format_float_spec(x, r.spec);
    } catch (const FormatError& e) {
      got = e.msg;
      got_type = e.exc_type;
    }
    EXPECT_EQ(got, r.expected) << "format(" << float_repr(x) << ", '" << r.spec << "')";
    EXPECT_EQ(got_type, r.exc_type) << "format(" << float_repr(x) << ", '" << r.spec << "')";
  }
}

struct RoundRow {
  uint64_t bits;
  int ndigits;
  uint64_t result;
  bool overflow;
};
constexpr RoundRow kRound[] = {
#include "vectors/float_round.inc"
};

TEST(FloatFormat, RoundMatchesCPython) {
  for (const auto& r : kRound) {
    bool overflow = false;
    double got = float_round(from_bits(r.bits), r.ndigits, overflow);
    EXPECT_EQ(overflow, r.overflow) << float_repr(from_bits(r.bits)) << ", " << r.ndigits;
    if (!r.overflow) {
      EXPECT_TRUE(same_double(got, from_bits(r.result)))
          << "round(" << float_repr(from_bits(r.bits)) << ", " << r.ndigits
          << ") = " << float_repr(got) << ", want " << float_repr(from_bits(r.result));
    }
  }
}

struct ArithRow {
  uint64_t a, b;
  char op;
  uint64_t result, mod;
  const char* error;  // "ExcType: message" or ""
};
constexpr ArithRow kArith[] = {
#include "vectors/float_arith.inc"
};

TEST(FloatFormat, ArithmeticMatchesCPython) {
  for (const auto& r : kArith) {
    double a = from_bits(r.a), b = from_bits(r.b), out = 0, mod = 0;
    FloatStatus st = FloatStatus::kOk;
    switch (r.op) {
      case '/': st = float_div(a, b, out); break;
      case '%': st = float_mod(a, b, out); break;
      case 'f': st = float_floordiv(a, b, out); break;
      case 'd': st = float_divmod(a, b, out, mod); break;
      case 'p': st = float_pow(a, b, out); break;
    }
    std::string what = float_repr(a) + " " + r.op + " " + float_repr(b);
    if (*r.error) {
      ASSERT_NE(st, FloatStatus::kOk) << what;
      FormatError e = float_status_error(st);
      EXPECT_EQ(e.exc_type + ": " + e.msg, r.error) << what;
      continue;
    }
    ASSERT_EQ(st, FloatStatus::kOk) << what;
    EXPECT_TRUE(same_double(out, from_bits(r.result)))
        << what << " = " << float_repr(out) << ", want " << float_repr(from_bits(r.result));
    if (r.op == 'd') {
      EXPECT_TRUE(same_double(mod, from_bits(r.mod)))
          << what << " mod = " << float_repr(mod) << ", want " << float_repr(from_bits(r.mod));
    }
  }
}

}  // namespace
}  // namespace pytrans::rt::internal
