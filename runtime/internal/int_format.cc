// SPDX-License-Identifier: Apache-2.0
//
// int/long to text; rules in int_format.h. Both int64_t and mpz_t values are
// reduced to (negative, magnitude digits in the wanted base) and then share one
// layout path per entry point, so an int and the equal long always print the
// same digits.
#include "internal/int_format.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>

namespace pytrans::rt::internal {

namespace {

struct Magnitude {
  bool negative = false;
  std::string digits;  // lower case, no sign; "0" for zero
};

Magnitude magnitude(int64_t v, int base) {
  Magnitude m;
  m.negative = v < 0;
  uint64_t u = m.negative ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  char buf[72];
  auto r = std::to_chars(buf, buf + sizeof buf, u, base);
  m.digits.assign(buf, r.ptr);
  return m;
}

Magnitude magnitude(const mpz_t v, int base) {
  Magnitude m;
  m.negative = mpz_sgn(v) < 0;
  mpz_t a;
  mpz_init(a);
  mpz_abs(a, v);
  m.digits.resize(mpz_sizeinbase(a, base) + 2);
  mpz_get_str(m.digits.data(), base, a);
  m.digits.resize(std::strlen(m.digits.c_str()));
  mpz_clear(a);
  return m;
}

std::string with_prefix(const Magnitude& m, const char* prefix, const char* suffix) {
  std::string out = m.negative ? "-" : "";
  out += prefix;
  out += m.digits;
  out += suffix;
  return out;
}

std::string octal(const Magnitude& m, const char* suffix) {
  // oct(0) is '0', everything else gets one leading '0'.
  if (m.digits == "0") return std::string("0") + suffix;
  return with_prefix(m, "0", suffix);
}

void to_upper(std::string& s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
}

int base_of(char type) {
  switch (type) {
    case 'x': case 'X': return 16;
    case 'o': return 8;
    case 'b': return 2;
    default: return 10;
  }
}

// is_long: the value was a long. 2.7 formats ints with C's printf, where an
// explicit zero precision prints no digits for 0 ('%.0d' % 0 == '').
std::string printf_layout(Magnitude m, bool is_long, char type, int precision, PrintfFlags flags,
                          int width) {
  if (type == 'X') to_upper(m.digits);
  if (!is_long && precision == 0 && m.digits == "0") m.digits.clear();
  if (precision > static_cast<int>(m.digits.size())) {
    m.digits.insert(0, static_cast<size_t>(precision) - m.digits.size(), '0');
  }
  std::string prefix;
  if (flags.alt) {
    if (type == 'x') prefix = "0x";
    if (type == 'X') prefix = "0X";
    if (type == 'o' && (m.digits.empty() || m.digits[0] != '0')) m.digits.insert(0, 1, '0');
  }
  std::string sign = m.negative ? "-" : flags.plus ? "+" : flags.space ? " " : "";
  size_t len = sign.size() + prefix.size() + m.digits.size();
  size_t pad = width > 0 && static_cast<size_t>(width) > len ? width - len : 0;
  if (flags.left) return sign + prefix + m.digits + std::string(pad, ' ');
  if (flags.zero) return sign + prefix + std::string(pad, '0') + m.digits;
  return std::string(pad, ' ') + sign + prefix + m.digits;
}

bool is_float_type(char t) {
  switch (t) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return true;
  }
  return false;
}

// The integer-type part of format(n, spec) once the value is known to be an
// integer type; m is in base 10 here and re-derived for other bases by the caller.
std::string spec_layout(const FormatSpec& spec, const Magnitude& m) {
  std::string prefix;
  if (spec.alt) {
    switch (spec.type) {
      case 'b': prefix = "0b"; break;
      case 'o': prefix = "0o"; break;
      case 'x': prefix = "0x"; break;
      case 'X': prefix = "0X"; break;
    }
  }
  std::string digits = m.digits;
  if (spec.type == 'X') to_upper(digits);
  std::string sign = m.negative ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
  return layout_number(spec, sign, prefix, digits, "");
}

// Checks shared by int and long; returns true when spec is a float type.
bool check_int_spec(const FormatSpec& spec, std::string_view type_name) {
  switch (spec.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n': case '\0':
      break;
    default:
      if (is_float_type(spec.type)) return true;
      throw_unknown_format_code(spec.type, type_name);
  }
  if (spec.precision >= 0) {
    throw FormatError{"ValueError", "Precision not allowed in integer format specifier"};
  }
  if (spec.type == 'c' && spec.sign) {
    throw FormatError{"ValueError", "Sign not allowed with integer format specifier 'c'"};
  }
  if (spec.type == 'n' && spec.thousands) {
    throw FormatError{"ValueError", "Cannot specify ',' with 'n'."};
  }
  return false;
}

std::string char_layout(const FormatSpec& spec, int64_t v) {
  if (v < 0 || v > 255) throw FormatError{"OverflowError", "%c arg not in range(0x100)"};
  std::string ch(1, static_cast<char>(v));
  return layout_number(spec, "", "", "", ch);
}

}  // namespace

// ---- str / repr / hex / oct / bin ----

std::string int_str(int64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

std::string long_str(const mpz_t v) {
  std::string s(mpz_sizeinbase(v, 10) + 2, '\0');
  mpz_get_str(s.data(), 10, v);
  s.resize(std::strlen(s.c_str()));
  return s;
}

std::string long_repr(const mpz_t v) { return long_str(v) + "L"; }
std::string int_hex(int64_t v) { return with_prefix(magnitude(v, 16), "0x", ""); }
std::string long_hex(const mpz_t v) { return with_prefix(magnitude(v, 16), "0x", "L"); }
std::string int_oct(int64_t v) { return octal(magnitude(v, 8), ""); }
std::string long_oct(const mpz_t v) { return octal(magnitude(v, 8), "L"); }
std::string int_bin(int64_t v) { return with_prefix(magnitude(v, 2), "0b", ""); }
std::string long_bin(const mpz_t v) { return with_prefix(magnitude(v, 2), "0b", ""); }

bool mpz_to_double(const mpz_t v, double& out) {
  size_t nbits = mpz_sizeinbase(v, 2);
  if (nbits <= 53) {
    out = mpz_get_d(v);  // exact
    return true;
  }
  if (nbits > 1025) return false;
  // Keep the top 54 bits, note whether anything below them is set, and round
  // to 53 bits, ties to even.
  mpz_t a;
  mpz_init(a);
  mpz_abs(a, v);
  size_t shift = nbits - 54;
  bool sticky = mpz_scan1(a, 0) < shift;
  mpz_tdiv_q_2exp(a, a, shift);
  uint64_t top = mpz_get_ui(a);
  mpz_clear(a);
  uint64_t half = top & 1;
  top >>= 1;
  if (half && (sticky || (top & 1))) ++top;
  double r = std::ldexp(static_cast<double>(top), static_cast<int>(shift) + 1);
  if (std::isinf(r)) return false;
  out = mpz_sgn(v) < 0 ? -r : r;
  return true;
}

namespace {

// mpz_scaled_to_double for q with at least 55 bits.
bool round_scaled(const mpz_t q, bool sticky, long e2, double& out) {
  long n = static_cast<long>(mpz_sizeinbase(q, 2));
  long top = n - 1 + e2;  // exponent of the leading bit
  if (top >= 1024) return false;
  long p = std::min(53L, top + 1075);  // bits the result can keep
  long drop = n - p;                   // >= 2
  bool up = false;
  if (drop - 1 < n && mpz_tstbit(q, static_cast<mp_bitcnt_t>(drop - 1))) {
    bool exact_half = !sticky && static_cast<long>(mpz_scan1(q, 0)) >= drop - 1;
    up = true;
    if (exact_half) {
      // Tie: round to even.
      up = drop < n && mpz_tstbit(q, static_cast<mp_bitcnt_t>(drop));
    }
  }
  uint64_t m = 0;
  if (drop < n) {
    mpz_t t;
    mpz_init(t);
    mpz_tdiv_q_2exp(t, q, static_cast<mp_bitcnt_t>(drop));
    m = mpz_get_ui(t);
    mpz_clear(t);
  }
  if (up) ++m;
  if (m == 0) {
    out = 0.0;
    return true;
  }
  out = std::ldexp(static_cast<double>(m), static_cast<int>(drop + e2));
  return !std::isinf(out);
}

}  // namespace

bool mpz_scaled_to_double(const mpz_t q, bool sticky, long e2, double& out) {
  long n = static_cast<long>(mpz_sizeinbase(q, 2));
  if (n >= 55) return round_scaled(q, sticky, e2, out);
  mpz_t t;
  mpz_init(t);
  mpz_mul_2exp(t, q, static_cast<mp_bitcnt_t>(55 - n));
  bool ok = round_scaled(t, sticky, e2 - (55 - n), out);
  mpz_clear(t);
  return ok;
}

TrueDivStatus int_true_divide(int64_t a, int64_t b, double& out) {
  if (b == 0) return TrueDivStatus::kZeroDivision;
  const int64_t k2p53 = int64_t{1} << 53;
  if (a >= -k2p53 && a <= k2p53 && b >= -k2p53 && b <= k2p53) {
    out = static_cast<double>(a) / static_cast<double>(b);  // both exact: one rounding
    return TrueDivStatus::kOk;
  }
  mpz_t x, y;
  mpz_init_set_si(x, a);
  mpz_init_set_si(y, b);
  TrueDivStatus st = long_true_divide(x, y, out);
  mpz_clear(x);
  mpz_clear(y);
  return st;
}

TrueDivStatus long_true_divide(const mpz_t a, const mpz_t b, double& out) {
  if (mpz_sgn(b) == 0) return TrueDivStatus::kZeroDivision;
  bool negative = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
  if (mpz_sgn(a) == 0) {
    out = negative ? -0.0 : 0.0;
    return TrueDivStatus::kOk;
  }
  long na = static_cast<long>(mpz_sizeinbase(a, 2));
  long nb = static_cast<long>(mpz_sizeinbase(b, 2));
  // Scale so the integer quotient has 55 or 56 bits.
  long shift = 55 - (na - nb);
  mpz_t x, y, q, r;
  mpz_inits(x, y, q, r, nullptr);
  mpz_abs(x, a);
  mpz_abs(y, b);
  if (shift > 0) {
    mpz_mul_2exp(x, x, static_cast<mp_bitcnt_t>(shift));
  } else {
    mpz_mul_2exp(y, y, static_cast<mp_bitcnt_t>(-shift));
  }
  mpz_tdiv_qr(q, r, x, y);
  bool ok = round_scaled(q, mpz_sgn(r) != 0, -shift, out);
  mpz_clears(x, y, q, r, nullptr);
  if (!ok) return TrueDivStatus::kOverflow;
  if (negative) out = -out;
  return TrueDivStatus::kOk;
}

FormatError true_divide_error(TrueDivStatus status) {
  if (status == TrueDivStatus::kZeroDivision) return {"ZeroDivisionError", "division by zero"};
  return {"OverflowError", "integer division result too large for a float"};
}

FloatToInt float_to_int(double v, int64_t& small, mpz_t big) {
  if (std::isnan(v)) return FloatToInt::kNan;
  if (std::isinf(v)) return FloatToInt::kInfinity;
  double t = std::trunc(v);
  // [-2**63, 2**63) is exactly the int64 range, and both ends are doubles.
  if (t >= -9223372036854775808.0 && t < 9223372036854775808.0) {
    small = static_cast<int64_t>(t);
    return FloatToInt::kSmall;
  }
  mpz_set_d(big, t);
  return FloatToInt::kBig;
}

FormatError float_to_int_error(FloatToInt status) {
  if (status == FloatToInt::kInfinity) {
    return {"OverflowError", "cannot convert float infinity to integer"};
  }
  return {"ValueError", "cannot convert float NaN to integer"};
}

// ---- '%' operator ----

std::string format_int_printf(int64_t v, char type, int precision, PrintfFlags flags, int width) {
  return printf_layout(magnitude(v, base_of(type)), false, type, precision, flags, width);
}

std::string format_long_printf(const mpz_t v, char type, int precision, PrintfFlags flags,
                               int width) {
  return printf_layout(magnitude(v, base_of(type)), true, type, precision, flags, width);
}

std::string format_char_printf(int64_t v, PrintfFlags flags, int width) {
  if (v < 0) throw FormatError{"OverflowError", "unsigned byte integer is less than minimum"};
  if (v > 255) throw FormatError{"OverflowError", "unsigned byte integer is greater than maximum"};
  std::string s(1, static_cast<char>(v));
  if (width > 1) {
    std::string pad(static_cast<size_t>(width) - 1, ' ');
    s = flags.left ? s + pad : pad + s;
  }
  return s;
}

char32_t unicode_char_printf_arg(int64_t v) {
  if (v < 0 || v > 0x10ffff) {
    throw FormatError{"OverflowError", "%c arg not in range(0x110000) (wide Python build)"};
  }
  return static_cast<char32_t>(v);
}

// ---- format(n, spec) ----

std::string format_int_spec(int64_t v, std::string_view spec_text, std::string_view type_name) {
  FormatSpec spec = parse_format_spec(spec_text);
  if (check_int_spec(spec, type_name)) return format_float_spec(static_cast<double>(v), spec);
  if (spec.type == 'c') return char_layout(spec, v);
  return spec_layout(spec, magnitude(v, base_of(spec.type)));
}

std::string format_long_spec(const mpz_t v, std::string_view spec_text, std::string_view type_name) {
  FormatSpec spec = parse_format_spec(spec_text);
  if (check_int_spec(spec, type_name)) {
    double d;
    if (!mpz_to_double(v, d)) throw FormatError{"OverflowError", kLongTooLargeForFloat};
    return format_float_spec(d, spec);
  }
  if (spec.type == 'c') {
    if (!mpz_fits_slong_p(v)) {
      throw FormatError{"OverflowError", "Python int too large to convert to C long"};
    }
    return char_layout(spec, mpz_get_si(v));
  }
  return spec_layout(spec, magnitude(v, base_of(spec.type)));
}

}  // namespace pytrans::rt::internal
