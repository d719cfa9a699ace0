// SPDX-License-Identifier: Apache-2.0
//
// Float formatting and float arithmetic helpers; see float_format.h for the
// rules. Layout of this file: digit generation (to_chars wrappers), the mode
// table that turns digits into text, printf and format-spec front ends, then
// round() and the division/power helpers.
//
// Digits are kept as "d.ddd x 10**exp": a string of significant digits and the
// decimal exponent of the first one, which is the exponent every 2.7 fixed/exp
// decision is made on. The exponent is taken after rounding, so str(99999999999.95)
// rounds to 1e+11 and is then printed in exponent form, as 2.7 does.
#include "internal/float_format.h"

#include <gmp.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstring>
#include <system_error>

namespace pytrans::rt::internal {

namespace {

// ---- digit generation ----

struct Sci {
  std::string digits;  // significant digits, no point
  int exp = 0;         // decimal exponent of digits[0]
};

Sci split_sci(const char* b, const char* e) {
  Sci s;
  const char* p = b;
  for (; p < e && *p != 'e'; ++p) {
    if (*p != '.') s.digits.push_back(*p);
  }
  ++p;  // 'e'
  bool neg = *p == '-';
  ++p;
  int x = 0;
  for (; p < e; ++p) x = x * 10 + (*p - '0');
  s.exp = neg ? -x : x;
  return s;
}

// a >= 0 and finite.
Sci sci_shortest(double a) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific);
  return split_sci(buf, r.ptr);
}

// a >= 0 and finite; sig >= 1 significant digits, correctly rounded.
Sci sci_rounded(double a, int sig) {
  std::string buf(static_cast<size_t>(sig) + 16, '\0');
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::scientific,
                         sig - 1);
  return split_sci(buf.data(), r.ptr);
}

std::string fixed_rounded(double a, int frac) {
  // Up to 309 integer digits, frac decimals, point.
  std::string buf(static_cast<size_t>(frac) + 330, '\0');
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::fixed, frac);
  buf.resize(static_cast<size_t>(r.ptr - buf.data()));
  return buf;
}

// Positional text of digits x 10**exp with exactly frac digits after the point
// (digits beyond what `digits` holds are zeros). No point when frac == 0.
std::string place_fixed(const std::string& digits, int exp, int frac) {
  std::string out;
  int n = static_cast<int>(digits.size());
  auto digit_at = [&](int pos) {  // pos = power of ten
    int idx = exp - pos;
    return (idx >= 0 && idx < n) ? digits[static_cast<size_t>(idx)] : '0';
  };
  if (exp < 0) {
    out.push_back('0');
  } else {
    for (int pos = exp; pos >= 0; --pos) out.push_back(digit_at(pos));
  }
  if (frac > 0) {
    out.push_back('.');
    for (int pos = -1; pos >= -frac; --pos) out.push_back(digit_at(pos));
  }
  return out;
}

void append_exponent(std::string& out, int exp) {
  out.push_back('e');
  out.push_back(exp < 0 ? '-' : '+');
  int a = exp < 0 ? -exp : exp;
  if (a < 10) out.push_back('0');
  out += std::to_string(a);
}

// mantissa digits (trailing zeros already handled) as d[.ddd]e+XX.
std::string place_exp(const std::string& digits, int exp, bool force_point) {
  std::string out(1, digits[0]);
  if (digits.size() > 1 || force_point) out.push_back('.');
  out.append(digits, 1, std::string::npos);
  append_exponent(out, exp);
  return out;
}

void strip_trailing_zeros(std::string& digits) {
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
}

// A quirk of 2.7's dtoa (its fast path for integers below 1e15): when an
// integer is rounded to p <= 14 significant digits and the dropped part is
// exactly half a unit that rounds down (ties to even), the digits keep their
// trailing zeros. So '%.3g' % 38050.0 == '3.80e+04' (but 38040.0 gives
// '3.8e+04') and str(6107705884305.0) == '6.10770588430e+12'. Only the
// zero-stripping modes (%g and str) can show it, always in exponent form.
bool keeps_trailing_zeros(double a, int exp, int p) {
  if (p > 14 || a >= 1e15 || exp + 1 <= p || a != std::floor(a)) return false;
  uint64_t n = static_cast<uint64_t>(a);
  uint64_t unit = 1;
  for (int i = 0; i < exp + 1 - p; ++i) unit *= 10;
  return n % unit * 2 == unit && (n / unit) % 2 == 0;
}

// The 'r' and 's'/'' layouts: drop trailing zeros, fixed iff -4 <= exp < limit,
// fixed form always shows at least one decimal ('.0').
std::string short_layout(Sci s, int limit, bool keep_zeros = false) {
  if (!keep_zeros) strip_trailing_zeros(s.digits);
  if (s.exp >= -4 && s.exp < limit) {
    int frac = std::max(static_cast<int>(s.digits.size()) - 1 - s.exp, 1);
    return place_fixed(s.digits, s.exp, frac);
  }
  return place_exp(s.digits, s.exp, false);
}

// repr() and str() in one pass over a stack buffer (they are hot: every
// print of a float). sig == 0 means shortest round-trip digits; limit is the
// first exponent written in exponent form. Same rules as short_layout.
std::string short_format(double v, int sig, int limit) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  double a = std::fabs(v);
  char buf[48];
  auto r = sig == 0 ? std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific)
                    : std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific, sig - 1);
  char dig[24];
  int nd = 0;
  const char* p = buf;
  for (; *p != 'e'; ++p) {
    if (*p != '.') dig[nd++] = *p;
  }
  ++p;
  bool eneg = *p++ == '-';
  int exp = 0;
  for (; p < r.ptr; ++p) exp = exp * 10 + (*p - '0');
  if (eneg) exp = -exp;
  if (sig == 0 || !keeps_trailing_zeros(a, exp, sig)) {
    while (nd > 1 && dig[nd - 1] == '0') --nd;
  }
  char out[64];
  int o = 0;
  if (std::signbit(v)) out[o++] = '-';
  if (exp >= -4 && exp < limit) {
    if (exp < 0) {
      out[o++] = '0';
      out[o++] = '.';
      for (int i = 0; i < -exp - 1; ++i) out[o++] = '0';
      for (int i = 0; i < nd; ++i) out[o++] = dig[i];
    } else {
      int i = 0;
      for (; i <= exp; ++i) out[o++] = i < nd ? dig[i] : '0';
      out[o++] = '.';
      if (i >= nd) out[o++] = '0';
      for (; i < nd; ++i) out[o++] = dig[i];
    }
  } else {
    out[o++] = dig[0];
    if (nd > 1) {
      out[o++] = '.';
      for (int i = 1; i < nd; ++i) out[o++] = dig[i];
    }
    out[o++] = 'e';
    out[o++] = exp < 0 ? '-' : '+';
    int ae = exp < 0 ? -exp : exp;
    if (ae >= 100) out[o++] = static_cast<char>('0' + ae / 100);
    out[o++] = static_cast<char>('0' + ae / 10 % 10);
    out[o++] = static_cast<char>('0' + ae % 10);
  }
  return std::string(out, static_cast<size_t>(o));
}

// Formats a >= 0 (any, including inf/nan) without sign. type is lower case:
// 'e' 'f' 'g' 'r' (repr), 'z' (2.7's empty format type with precision prec;
// str() is 'z' with 12).
std::string format_abs(double a, char type, int prec, bool alt) {
  if (std::isnan(a)) return "nan";
  if (std::isinf(a)) return "inf";
  switch (type) {
    case 'f': {
      std::string s = fixed_rounded(a, prec);
      if (alt && prec == 0) s.push_back('.');
      return s;
    }
    case 'e': {
      Sci s = sci_rounded(a, prec + 1);
      return place_exp(s.digits, s.exp, alt);
    }
    case 'g': {
      int p = prec == 0 ? 1 : prec;
      Sci s = sci_rounded(a, p);
      if (!alt && !keeps_trailing_zeros(a, s.exp, p)) strip_trailing_zeros(s.digits);
      if (s.exp >= -4 && s.exp < p) {
        int frac = alt ? p - 1 - s.exp : static_cast<int>(s.digits.size()) - 1 - s.exp;
        std::string out = place_fixed(s.digits, s.exp, std::max(frac, 0));
        if (alt && out.find('.') == std::string::npos) out.push_back('.');
        return out;
      }
      return place_exp(s.digits, s.exp, alt);
    }
    case 'r':
      return short_layout(sci_shortest(a), 16);
    case 'z': {
      int p = prec == 0 ? 1 : prec;
      Sci s = sci_rounded(a, p);
      bool keep = keeps_trailing_zeros(a, s.exp, p);
      return short_layout(std::move(s), p - 1, keep);
    }
  }
  return std::string();
}

void to_upper(std::string& s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
}

std::string pad_string(std::string s, int width, bool left) {
  if (width > 0 && static_cast<int>(s.size()) < width) {
    std::string pad(static_cast<size_t>(width) - s.size(), ' ');
    s = left ? s + pad : pad + s;
  }
  return s;
}

size_t grouped_len(size_t n) { return n == 0 ? 0 : n + (n - 1) / 3; }

std::string group(std::string_view digits) {
  std::string out;
  size_t n = digits.size();
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

// ---- repr / str ----

std::string float_repr(double v) { return short_format(v, 0, 16); }

std::string float_str(double v) { return short_format(v, 12, 11); }

// ---- complex, hex ----

namespace {

// One part of a complex: short digits, no '.0', sign only when negative.
std::string complex_part(double v, int sig, int limit) {
  std::string s = short_format(v, sig, limit);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

std::string complex_text(double re, double im, int sig, int limit) {
  std::string i = complex_part(im, sig, limit);
  if (re == 0.0 && !std::signbit(re)) return i + "j";
  std::string out = "(" + complex_part(re, sig, limit);
  if (i[0] != '-') out.push_back('+');
  return out + i + "j)";
}

}  // namespace

std::string complex_repr(double real, double imag) { return complex_text(real, imag, 0, 16); }

// Without the .0 flag, 2.7 switches to exponent form at 12 digits, not 11.
std::string complex_str(double real, double imag) { return complex_text(real, imag, 12, 12); }

std::string format_complex_spec(double real, double imag, std::string_view spec_text, std::string_view type_name) {
  FormatSpec spec = parse_format_spec(spec_text);
  char type = spec.type;
  switch (type) {
    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default:
      throw_unknown_format_code(type, type_name);
  }
  if (spec.alt) {
    throw FormatError{"ValueError", "Alternate form (#) not allowed in complex format specifier"};
  }
  if (spec.fill == '0') {
    throw FormatError{"ValueError", "Zero padding is not allowed in complex format specifier"};
  }
  if (spec.align == '=') {
    throw FormatError{"ValueError",
                      "'=' alignment flag is not allowed in complex format specifier"};
  }
  if (type == 'n' && spec.thousands) {
    throw FormatError{"ValueError", "Cannot specify ',' with 'n'."};
  }
  if (spec.precision > INT_MAX) throw FormatError{"ValueError", "precision too big"};
  int prec = static_cast<int>(spec.precision);
  bool parens = type == '\0';
  char mode = 'g';
  if (type == '\0') {
    if (prec < 0) prec = 12;
  } else {
    if (type != 'n') mode = static_cast<char>(std::tolower(static_cast<unsigned char>(type)));
    if (prec < 0) prec = 6;
  }
  bool upper = type == 'E' || type == 'F' || type == 'G';
  auto part = [&](double x) {
    std::string body = format_abs(std::fabs(x), mode, prec, false);
    if (upper) to_upper(body);
    if (spec.thousands) {
      size_t k = 0;
      while (k < body.size() && is_digit(body[k])) ++k;
      body = group(std::string_view(body).substr(0, k)) + body.substr(k);
    }
    return body;
  };
  auto option_sign = [&](double x) -> std::string {
    if (std::signbit(x) && !std::isnan(x)) return "-";
    if (spec.sign == '+') return "+";
    if (spec.sign == ' ') return " ";
    return "";
  };
  std::string text;
  bool skip_real = parens && real == 0.0 && !std::signbit(real);
  if (skip_real) {
    text = option_sign(imag) + part(imag) + "j";
  } else {
    text = option_sign(real) + part(real);
    text += (std::signbit(imag) && !std::isnan(imag)) ? "-" : "+";
    text += part(imag) + "j";
    if (parens) text = "(" + text + ")";
  }
  FormatSpec layout = spec;
  layout.thousands = false;
  return layout_number(layout, "", "", "", text);
}

std::string float_hex(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  std::string out = std::signbit(v) ? "-0x" : "0x";
  if (v == 0.0) return out + "0.0p+0";
  uint64_t b;
  std::memcpy(&b, &v, sizeof b);
  int biased = static_cast<int>((b >> 52) & 0x7ff);
  uint64_t frac = b & ((uint64_t{1} << 52) - 1);
  out += biased == 0 ? "0." : "1.";
  static const char kHex[] = "0123456789abcdef";
  for (int shift = 48; shift >= 0; shift -= 4) out.push_back(kHex[(frac >> shift) & 15]);
  int exp = biased == 0 ? -1022 : biased - 1023;
  out += exp < 0 ? "p-" : "p+";
  out += std::to_string(exp < 0 ? -exp : exp);
  return out;
}

// ---- printf ----

std::string format_float_printf(double v, char type, int precision, PrintfFlags flags, int width) {
  if (type == 'r' || type == 's') {
    std::string s = type == 'r' ? float_repr(v) : float_str(v);
    if (precision >= 0 && static_cast<size_t>(precision) < s.size()) s.resize(precision);
    return pad_string(std::move(s), width, flags.left);
  }
  if (precision < 0) precision = 6;
  char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(type)));
  std::string body = format_abs(std::fabs(v), lower, precision, flags.alt);
  if (lower != type) to_upper(body);
  const char* sign = "";
  if (std::signbit(v) && !std::isnan(v)) {
    sign = "-";
  } else if (flags.plus) {
    sign = "+";
  } else if (flags.space) {
    sign = " ";
  }
  size_t len = std::strlen(sign) + body.size();
  if (width <= 0 || static_cast<size_t>(width) <= len) return sign + body;
  size_t pad = static_cast<size_t>(width) - len;
  if (flags.left) return sign + body + std::string(pad, ' ');
  if (flags.zero) return sign + std::string(pad, '0') + body;
  return std::string(pad, ' ') + sign + body;
}

// ---- format spec ----

FormatSpec parse_format_spec(std::string_view spec) {
  FormatSpec f;
  size_t i = 0, n = spec.size();
  auto is_align = [](char c) { return c == '<' || c == '>' || c == '=' || c == '^'; };
  bool fill_given = false, align_given = false;
  if (n >= 2 && is_align(spec[1])) {
    f.fill = spec[0];
    f.align = spec[1];
    fill_given = align_given = true;
    i = 2;
  } else if (n >= 1 && is_align(spec[0])) {
    f.align = spec[0];
    align_given = true;
    i = 1;
  }
  if (i < n && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ')) f.sign = spec[i++];
  if (i < n && spec[i] == '#') {
    f.alt = true;
    ++i;
  }
  if (!fill_given && i < n && spec[i] == '0') {
    f.fill = '0';
    if (!align_given) f.align = '=';
    ++i;
  }
  auto parse_number = [&](int64_t& out) {
    size_t start = i;
    int64_t v = 0;
    bool too_big = false;
    for (; i < n && is_digit(spec[i]); ++i) {
      int d = spec[i] - '0';
      if (v > (INT64_MAX - d) / 10) too_big = true;
      if (!too_big) v = v * 10 + d;
    }
    if (too_big) throw FormatError{"ValueError", "Too many decimal digits in format string"};
    if (i > start) out = v;
    return i > start;
  };
  parse_number(f.width);
  if (i < n && spec[i] == ',') {
    f.thousands = true;
    ++i;
  }
  if (i < n && spec[i] == '.') {
    ++i;
    if (!parse_number(f.precision)) {
      throw FormatError{"ValueError", "Format specifier missing precision"};
    }
  }
  if (n - i > 1) throw FormatError{"ValueError", "Invalid conversion specification"};
  if (i < n) f.type = spec[i];
  if (f.thousands) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
        break;
      default:
        throw FormatError{"ValueError", std::string("Cannot specify ',' with '") + f.type + "'."};
    }
  }
  return f;
}

void throw_unknown_format_code(char type, std::string_view type_name) {
  // 2.7 puts the raw byte between the quotes, printable or not.
  throw FormatError{"ValueError", std::string("Unknown format code '") + type +
                                      "' for object of type '" + std::string(type_name) + "'"};
}

std::string layout_number(const FormatSpec& spec, std::string_view sign, std::string_view prefix,
                          std::string_view digits, std::string_view rest) {
  char align = spec.align ? spec.align : '>';
  size_t width = spec.width > 0 ? static_cast<size_t>(spec.width) : 0;
  std::string body;
  if (spec.thousands && spec.fill == '0' && align == '=' && !digits.empty()) {
    size_t fixed = sign.size() + prefix.size() + rest.size();
    size_t need = width > fixed ? width - fixed : 0;
    size_t nd = digits.size();
    while (grouped_len(nd) < need) ++nd;
    std::string padded(nd - digits.size(), '0');
    padded.append(digits);
    return std::string(sign) + std::string(prefix) + group(padded) + std::string(rest);
  }
  std::string mid = spec.thousands ? group(digits) : std::string(digits);
  size_t len = sign.size() + prefix.size() + mid.size() + rest.size();
  size_t pad = width > len ? width - len : 0;
  std::string out;
  out.reserve(len + pad);
  switch (align) {
    case '<':
      out.append(sign).append(prefix).append(mid).append(rest).append(pad, spec.fill);
      break;
    case '^':
      out.append(pad / 2, spec.fill).append(sign).append(prefix).append(mid).append(rest);
      out.append(pad - pad / 2, spec.fill);
      break;
    case '=':
      out.append(sign).append(prefix).append(pad, spec.fill).append(mid).append(rest);
      break;
    default:
      out.append(pad, spec.fill).append(sign).append(prefix).append(mid).append(rest);
      break;
  }
  return out;
}

std::string format_float_spec(double v, std::string_view spec, std::string_view type_name) {
  return format_float_spec(v, parse_format_spec(spec), type_name);
}

std::string format_float_spec(double v, const FormatSpec& spec, std::string_view type_name) {
  char type = spec.type;
  switch (type) {
    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      break;
    default:
      throw_unknown_format_code(type, type_name);
  }
  if (spec.alt) {
    throw FormatError{"ValueError", "Alternate form (#) not allowed in float format specifier"};
  }
  if (type == 'n' && spec.thousands) {
    throw FormatError{"ValueError", "Cannot specify ',' with 'n'."};
  }
  if (spec.precision > INT_MAX) throw FormatError{"ValueError", "precision too big"};
  int prec = static_cast<int>(spec.precision);
  double x = v;
  char mode;
  std::string suffix;
  switch (type) {
    case '\0':
      mode = 'z';
      if (prec < 0) prec = 12;
      break;
    case 'n':
      mode = 'g';  // C locale: no grouping, '.' point
      break;
    case '%':
      mode = 'f';
      x *= 100;
      suffix = "%";
      break;
    default:
      mode = static_cast<char>(std::tolower(static_cast<unsigned char>(type)));
  }
  if (prec < 0) prec = 6;
  std::string body = format_abs(std::fabs(x), mode, prec, false);
  if (type == 'E' || type == 'F' || type == 'G') to_upper(body);
  body += suffix;
  std::string sign;
  if (std::signbit(x) && !std::isnan(x)) {
    sign = "-";
  } else if (spec.sign == '+') {
    sign = "+";
  } else if (spec.sign == ' ') {
    sign = " ";
  }
  size_t k = 0;
  while (k < body.size() && is_digit(body[k])) ++k;
  return layout_number(spec, sign, "", std::string_view(body).substr(0, k),
                       std::string_view(body).substr(k));
}

// ---- round ----

double float_round(double x, int ndigits, bool& overflow) {
  overflow = false;
  if (!std::isfinite(x) || x == 0.0) return x;
  if (ndigits == 0) return std::round(x);  // C round() is half away from zero
  // |x| = m * 2**e exactly.
  int ex;
  double f = std::frexp(std::fabs(x), &ex);
  uint64_t m = static_cast<uint64_t>(std::ldexp(f, 53));
  int e = ex - 53;
  while ((m & 1) == 0) {
    m >>= 1;
    ++e;
  }
  // Already has <= ndigits decimals (also the whole answer for huge ndigits).
  if (ndigits > 0 && static_cast<int64_t>(e) + ndigits >= 0) return x;
  // |x| < 0.5 * 10**-ndigits: rounds to a zero of x's sign.
  if (ndigits < -330) return std::copysign(0.0, x);
  // R = round_half_away(|x| * 10**ndigits), computed as num / den exactly.
  mpz_t num, den, q, r;
  mpz_inits(num, den, q, r, nullptr);
  mpz_set_ui(num, m);
  if (ndigits > 0) {
    mpz_ui_pow_ui(den, 5, static_cast<unsigned long>(ndigits));
    mpz_mul(num, num, den);
    mpz_set_ui(den, 1);
    mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-(e + ndigits)));
  } else {
    mpz_ui_pow_ui(den, 10, static_cast<unsigned long>(-ndigits));
    if (e >= 0) {
      mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e));
    } else {
      mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
    }
  }
  mpz_tdiv_qr(q, r, num, den);
  mpz_mul_2exp(r, r, 1);
  if (mpz_cmp(r, den) >= 0) mpz_add_ui(q, q, 1);
  // The result is R * 10**-ndigits, converted with one correct rounding.
  std::string text = x < 0 ? "-" : "";
  size_t len = mpz_sizeinbase(q, 10) + 2;
  std::string digits(len, '\0');
  mpz_get_str(digits.data(), 10, q);
  digits.resize(std::strlen(digits.c_str()));
  text += digits;
  text += "e" + std::to_string(-ndigits);
  mpz_clears(num, den, q, r, nullptr);
  double out = 0;
  auto res = std::from_chars(text.data(), text.data() + text.size(), out);
  if (res.ec == std::errc::result_out_of_range) {
    overflow = true;
    return x;
  }
  return out;
}

// ---- division, modulo, power ----

FormatError float_status_error(FloatStatus s) {
  switch (s) {
    case FloatStatus::kOk:
      break;
    case FloatStatus::kDivisionByZero:
      return {"ZeroDivisionError", "float division by zero"};
    case FloatStatus::kModuloByZero:
      return {"ZeroDivisionError", "float modulo"};
    case FloatStatus::kDivmodByZero:
      return {"ZeroDivisionError", "float divmod()"};
    case FloatStatus::kZeroToNegative:
      return {"ZeroDivisionError", "0.0 cannot be raised to a negative power"};
    case FloatStatus::kNegativeToFraction:
      return {"ValueError", "negative number cannot be raised to a fractional power"};
    case FloatStatus::kPowOverflow:
      return {"OverflowError", "(34, 'Numerical result out of range')"};
  }
  return {"SystemError", "no error"};
}

FloatStatus float_div(double x, double y, double& out) {
  if (y == 0.0) return FloatStatus::kDivisionByZero;
  out = x / y;
  return FloatStatus::kOk;
}

FloatStatus float_mod(double x, double y, double& out) {
  if (y == 0.0) return FloatStatus::kModuloByZero;
  double mod = std::fmod(x, y);
  if (mod != 0.0) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else {
    mod = std::copysign(0.0, y);
  }
  out = mod;
  return FloatStatus::kOk;
}

FloatStatus float_divmod(double x, double y, double& div_out, double& mod_out) {
  if (y == 0.0) return FloatStatus::kDivmodByZero;
  double mod = std::fmod(x, y);
  // x - mod is (nearly) an exact multiple of y, so this quotient is (nearly) integral.
  double div = (x - mod) / y;
  if (mod != 0.0) {
    if ((y < 0) != (mod < 0)) {
      mod += y;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, y);
  }
  double floordiv;
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, x / y);
  }
  div_out = floordiv;
  mod_out = mod;
  return FloatStatus::kOk;
}

FloatStatus float_floordiv(double x, double y, double& out) {
  double mod;
  return float_divmod(x, y, out, mod);
}

FloatStatus float_pow(double x, double y, double& out) {
  if (y == 0.0) {  // x**0 is 1, even for nan
    out = 1.0;
    return FloatStatus::kOk;
  }
  if (std::isnan(x)) {
    out = x;
    return FloatStatus::kOk;
  }
  if (std::isnan(y)) {
    out = x == 1.0 ? 1.0 : y;
    return FloatStatus::kOk;
  }
  bool y_is_odd_int = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
  if (std::isinf(y)) {
    double ax = std::fabs(x);
    if (ax == 1.0) {
      out = 1.0;
    } else {
      out = ((ax > 1.0) == (y > 0)) ? HUGE_VAL : 0.0;
    }
    return FloatStatus::kOk;
  }
  if (std::isinf(x)) {
    if (y > 0) {
      out = y_is_odd_int ? x : std::fabs(x);
    } else {
      out = y_is_odd_int ? std::copysign(0.0, x) : 0.0;
    }
    return FloatStatus::kOk;
  }
  if (x == 0.0) {
    if (y < 0) return FloatStatus::kZeroToNegative;
    out = y_is_odd_int ? x : 0.0;
    return FloatStatus::kOk;
  }
  bool negate = false;
  if (x < 0) {
    if (y != std::floor(y)) return FloatStatus::kNegativeToFraction;
    negate = y_is_odd_int;
    x = -x;
  }
  if (x == 1.0) {
    out = negate ? -1.0 : 1.0;
    return FloatStatus::kOk;
  }
  double r = std::pow(x, y);
  if (std::isinf(r)) return FloatStatus::kPowOverflow;
  out = negate ? -r : r;
  return FloatStatus::kOk;
}

}  // namespace pytrans::rt::internal
