// SPDX-License-Identifier: Apache-2.0
//
// Float to text, exactly as CPython 2.7.18 prints it, plus the float arithmetic
// helpers whose results or errors 2.7 defines in its own way (round, //, %, **).
//
// Everything here starts from two correctly rounded primitives of the C++
// standard library: std::to_chars in shortest round-trip form (repr) and in
// precision form (every other mode). Both work on the exact binary value, so
// '%.2f' % 2.675 is '2.67' and exact ties go to even ('%.0f' % 2.5 == '2').
// This file only decides the layout: fixed or exponent notation, trailing zeros,
// the '.0' rule, signs, padding and digit grouping.
//
// Surprising 2.7 facts this file keeps (see design/cpython27-facts.md section 3):
// - str(x) is '%.12g' but switches to exponent notation one decade earlier than
//   %g would: fixed iff -4 <= exp < 11 (str(1e11) == '1e+11'). format(x, '.3')
//   (empty type with a precision) follows the same "exp < precision - 1" rule.
// - repr(x) is the shortest round-trip string, fixed iff -4 <= exp < 16.
// - '%f' never switches to exponent form: '%f' % 1e300 prints 301 digits.
// - round() rounds half AWAY from zero, but only for exact binary ties, so
//   round(2.675, 2) == 2.67 while round(0.125, 2) == 0.13.
// - format() rejects '#' for floats; the '0' flag also pads inf and nan with
//   zeros ('0000000inf').
// - 2.7's dtoa leaves trailing zeros in %g/str output when an integer below
//   1e15 is cut at an exact half that rounds down: '%.3g' % 38050.0 is
//   '3.80e+04' (38040.0 gives '3.8e+04'); str(6107705884305.0) is
//   '6.10770588430e+12'. Found by random testing; reproduced on purpose.
// - complex str() has no '.0' rule, so it stays fixed up to exp < 12.
//
// Errors are thrown as FormatError{exc_type, msg}; the object layer turns them
// into Python exceptions. Nothing in here knows about Python objects.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace pytrans::rt::internal {

// A Python exception to raise: exc_type is the class name ("ValueError").
struct FormatError {
  std::string exc_type;
  std::string msg;
};

// ---- repr / str ----

// repr(x): shortest round-trip digits; '1e+16', '1e-05', '100.0', '-0.0', 'inf', 'nan'.
std::string float_repr(double v);
// str(x) / print x / '%s' % x: 12 significant digits, fixed iff -4 <= exp < 11.
std::string float_str(double v);

// repr(complex) / str(complex): each part as repr / str digits but without
// the '.0' ('(1+2j)', '(1e+16+1e-05j)'); the imaginary part always carries its
// sign ('(1-0j)', '(inf+nanj)'), and a real part of +0.0 is left out with the
// parentheses ('1j', '-0j', but '(-0+1j)').
std::string complex_repr(double real, double imag);
std::string complex_str(double real, double imag);

// format(complex, spec): an empty type formats both parts like '%.12g' (or
// the given precision) inside parentheses, omitting a +0.0 real part; e f g
// E F G n format both parts without parentheses ('1.00+2.00j'). The sign
// option applies to the real part, the imaginary one always shows its sign.
// Throws FormatError (no '0' fill, no '=' alignment, no '#', no '%').
std::string format_complex_spec(double real, double imag, std::string_view spec,
                                std::string_view type_name = "complex");

// float.hex(): '0x1.999999999999ap-4', '0x0.0p+0', '-0x0.0p+0', 'inf', 'nan';
// subnormals as '0x0.0000000000001p-1022'.
std::string float_hex(double v);

// ---- printf-style: '%' operator ----

// The conversion flags of a '%' directive (the part between '%' and the width).
struct PrintfFlags {
  bool alt = false;    // '#'
  bool plus = false;   // '+'
  bool space = false;  // ' '
  bool zero = false;   // '0'
  bool left = false;   // '-'
};

// One '%' conversion of a float. type is one of e E f F g G r s; precision -1
// means "none given" (6 for e/f/g; no truncation for r/s). For 'r' and 's' the
// repr/str text is padded like a string (spaces only, precision truncates).
std::string format_float_printf(double v, char type, int precision, PrintfFlags flags, int width);

// ---- format(x, spec) / str.format ----

// A parsed standard format spec: [[fill]align][sign][#][0][width][,][.precision][type].
struct FormatSpec {
  char fill = ' ';
  char align = '\0';  // '<' '>' '=' '^' or 0 when not given (each type picks its default)
  char sign = '\0';   // '+' '-' ' ' or 0
  bool alt = false;
  bool thousands = false;
  int64_t width = -1;      // -1: none
  int64_t precision = -1;  // -1: none
  char type = '\0';        // 0: none given
};

// Parses spec; throws FormatError for the errors that do not depend on the
// object type ("Invalid conversion specification", "Format specifier missing
// precision", "Too many decimal digits in format string", "Cannot specify ','
// with 'x'.").
FormatSpec parse_format_spec(std::string_view spec);

// format(x, spec) for a float (also used for int/long values under float types).
std::string format_float_spec(double v, std::string_view spec, std::string_view type_name = "float");
std::string format_float_spec(double v, const FormatSpec& spec, std::string_view type_name = "float");

// Lays out a formatted number: sign, then prefix ('0x'), then digits (grouped
// with ',' when spec.thousands), then rest ('.25e+10', '%'), then padding as
// spec says (default alignment right; '=' puts padding after the sign and
// prefix, and '0=' padding with ',' is itself grouped: '0,001,234').
std::string layout_number(const FormatSpec& spec, std::string_view sign, std::string_view prefix,
                          std::string_view digits, std::string_view rest);

// "Unknown format code 'd' for object of type 'float'" (the code byte is put in raw,
// printable or not, as 2.7 does).
[[noreturn]] void throw_unknown_format_code(char type, std::string_view type_name);

// ---- arithmetic with 2.7 semantics ----

// round(x, ndigits): half away from zero on the exact binary value. inf, nan
// and zeros come back unchanged. Sets overflow (OverflowError "rounded value
// too large to represent") when the rounded value does not fit a double.
double float_round(double x, int ndigits, bool& overflow);

// Status of the float operators that can raise. Messages: float_status_message.
enum class FloatStatus {
  kOk,
  kDivisionByZero,     // ZeroDivisionError: float division by zero   (x / 0.0)
  kModuloByZero,       // ZeroDivisionError: float modulo             (x % 0.0)
  kDivmodByZero,       // ZeroDivisionError: float divmod()           (x // 0.0, divmod)
  kZeroToNegative,     // ZeroDivisionError: 0.0 cannot be raised to a negative power
  kNegativeToFraction, // ValueError: negative number cannot be raised to a fractional power
  kPowOverflow,        // OverflowError: (34, 'Numerical result out of range')
};
// {exc_type, msg} for a non-kOk status.
FormatError float_status_error(FloatStatus s);

FloatStatus float_div(double x, double y, double& out);
// x % y: the result takes the sign of y; zero results are +0.0 or -0.0 as y.
FloatStatus float_mod(double x, double y, double& out);
// x // y (floor of the exact-as-possible quotient, as 2.7's divmod computes it).
FloatStatus float_floordiv(double x, double y, double& out);
FloatStatus float_divmod(double x, double y, double& div, double& mod);
// x ** y with 2.7's special cases (0**0 == 1, 1**nan == 1, (-inf)**3 == -inf...).
FloatStatus float_pow(double x, double y, double& out);

}  // namespace pytrans::rt::internal
