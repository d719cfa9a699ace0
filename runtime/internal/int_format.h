// SPDX-License-Identifier: Apache-2.0
//
// int and long to text as CPython 2.7.18 writes them: str/repr, hex/oct/bin,
// the '%' operator's integer conversions and format(n, spec); plus the
// integer <-> float conversions whose rounding 2.7 defines (float(long),
// int(float), true division of integers). ints are int64_t, longs are GMP
// integers (mpz_t); both follow the same rules except where 2.7 marks a long
// with a trailing 'L' (repr, hex, oct; never str, bin or '%').
//
// Surprising 2.7 facts kept here:
// - oct() writes a bare leading '0' (oct(8) == '010', oct(0) == '0'); '%#o'
//   does the same, but format(8, '#o') writes '0o10'.
// - '%#x' % 0 is '0x0' (C would say '0'); '%#o' % 0 is '0'.
// - In '%', precision is a minimum digit count and the '0' flag still pads
//   ('%05.3d' % 5 == '00005'); the zeros go after the sign and the '0x'.
// - format() refuses a precision for integer types but accepts float types,
//   converting first (format(5, 'f') == '5.000000'); a long too big for a
//   double raises OverflowError "long int too large to convert to float".
// - long -> double is correctly rounded (ties to even), unlike mpz_get_d,
//   which truncates; mpz_to_double does the rounding.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "internal/float_format.h"

namespace pytrans::rt::internal {

// ---- str / repr / hex / oct / bin ----

std::string int_str(int64_t v);          // str(5) == repr(5) == '5'
std::string long_str(const mpz_t v);     // str(5L) == '5'
std::string long_repr(const mpz_t v);    // repr(5L) == '5L'
std::string int_hex(int64_t v);          // hex(-255) == '-0xff'
std::string long_hex(const mpz_t v);     // hex(5L) == '0x5L'
std::string int_oct(int64_t v);          // oct(8) == '010', oct(0) == '0'
std::string long_oct(const mpz_t v);     // oct(8L) == '010L', oct(0L) == '0L'
std::string int_bin(int64_t v);          // bin(-5) == '-0b101'
std::string long_bin(const mpz_t v);     // bin(5L) == '0b101' (no 'L')

// float(long): correctly rounded; false when the value does not fit a double
// (OverflowError "long int too large to convert to float").
bool mpz_to_double(const mpz_t v, double& out);
inline constexpr const char* kLongTooLargeForFloat = "long int too large to convert to float";

// a / b under true division ('from __future__ import division', or
// operator.truediv) for ints and longs: one correct rounding of the exact
// quotient, subnormals included. 0 / -5 is -0.0.
enum class TrueDivStatus {
  kOk,
  kZeroDivision,  // ZeroDivisionError: division by zero
  kOverflow,      // OverflowError: integer division result too large for a float
};
TrueDivStatus int_true_divide(int64_t a, int64_t b, double& out);
TrueDivStatus long_true_divide(const mpz_t a, const mpz_t b, double& out);
FormatError true_divide_error(TrueDivStatus status);

// int(x) / long(x) for a float: truncates toward zero. kBig means the value
// is in big (which the caller has initialised) and does not fit int64.
enum class FloatToInt { kSmall, kBig, kInfinity, kNan };
FloatToInt float_to_int(double v, int64_t& small, mpz_t big);
// {exc_type, msg} for kInfinity ("OverflowError", "cannot convert float infinity
// to integer") and kNan ("ValueError", "cannot convert float NaN to integer").
FormatError float_to_int_error(FloatToInt status);

// The double nearest to (q + s) * 2**e2 for q > 0, where s is a positive
// amount below one unit of q when sticky is set: ties to even, subnormals keep
// fewer bits, false on overflow (>= 2**1024 after rounding).
bool mpz_scaled_to_double(const mpz_t q, bool sticky, long e2, double& out);

// ---- '%' operator ----

// type: d i u x X o. precision -1: none.
std::string format_int_printf(int64_t v, char type, int precision, PrintfFlags flags, int width);
std::string format_long_printf(const mpz_t v, char type, int precision, PrintfFlags flags,
                               int width);
// '%c' % n for a str format: one byte, padded with spaces. Throws OverflowError
// ("unsigned byte integer is less than minimum" / "... greater than maximum").
std::string format_char_printf(int64_t v, PrintfFlags flags, int width);
// u'%c' % n: the code point after 2.7's check (OverflowError "%c arg not in
// range(0x110000) (wide Python build)"); the unicode layer pads it. A long
// argument is a TypeError there ("%c requires int or char"), not handled here.
// format(n, u'c') is NOT this: it stays in range(0x100) like str formatting.
char32_t unicode_char_printf_arg(int64_t v);

// ---- format(n, spec) ----

// Types b c d o x X n '' plus the float types e E f F g G %. Throws FormatError.
// 'c' produces one byte (str formatting: range 0..255).
// type_name is the value's type in "Unknown format code" errors (a subclass's name).
std::string format_int_spec(int64_t v, std::string_view spec, std::string_view type_name = "int");
std::string format_long_spec(const mpz_t v, std::string_view spec, std::string_view type_name = "long");

}  // namespace pytrans::rt::internal
