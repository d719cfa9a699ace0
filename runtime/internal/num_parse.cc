// SPDX-License-Identifier: Apache-2.0
//
// float(s), int(s, base), long(s, base); the accepted syntax and the messages
// are described in num_parse.h. Each parser is a small scanner over the bytes
// that finds where the number ends; the value itself comes from std::from_chars
// (floats, correctly rounded) or GMP (integers of any size).
#include "internal/num_parse.h"

#include "internal/int_format.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <system_error>

namespace pytrans::rt::internal {

namespace {

// C isspace() in the "C" locale, which is what 2.7 uses.
bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

bool starts_with_nocase(std::string_view s, size_t at, const char* word) {
  size_t n = std::strlen(word);
  if (s.size() - at < n) return false;
  for (size_t i = 0; i < n; ++i) {
    char c = s[at + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != word[i]) return false;
  }
  return true;
}

// The part of s that C string functions see: up to the first NUL.
std::string_view c_string(std::string_view s) {
  size_t nul = s.find('\0');
  return nul == std::string_view::npos ? s : s.substr(0, nul);
}

struct FloatScan {
  size_t begin = 0;  // after leading whitespace
  size_t end = 0;    // end of the number (== begin when nothing parsed)
  size_t last = 0;   // end of s without trailing whitespace
};

// End of the longest float literal starting at s[i] (sign, digits with an
// optional point, optional exponent; or inf/infinity/nan), i if there is none.
size_t scan_number(std::string_view s, size_t i) {
  size_t start = i;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  if (starts_with_nocase(s, i, "inf")) return i + (starts_with_nocase(s, i, "infinity") ? 8 : 3);
  if (starts_with_nocase(s, i, "nan")) return i + 3;
  size_t digits = 0;
  while (i < s.size() && is_digit(s[i])) ++i, ++digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && is_digit(s[i])) ++i, ++digits;
  }
  if (digits == 0) return start;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t j = i + 1;
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) ++j;
    if (j < s.size() && is_digit(s[j])) {
      while (j < s.size() && is_digit(s[j])) ++j;
      i = j;
    }
  }
  return i;
}

// Scans s the way 2.7 does: the number ends where the longest valid prefix ends.
FloatScan scan_float(std::string_view s) {
  FloatScan r;
  while (r.begin < s.size() && is_space(s[r.begin])) ++r.begin;
  r.last = s.size();
  while (r.last > r.begin && is_space(s[r.last - 1])) --r.last;
  r.end = scan_number(s, r.begin);
  return r;
}

// Value of a scanned number text (sign, digits, point, exponent / inf / nan).
double float_value(std::string_view t) {
  bool neg = false;
  if (!t.empty() && (t[0] == '+' || t[0] == '-')) {
    neg = t[0] == '-';
    t.remove_prefix(1);
  }
  double v;
  if (starts_with_nocase(t, 0, "inf")) {
    v = std::numeric_limits<double>::infinity();
  } else if (starts_with_nocase(t, 0, "nan")) {
    v = std::numeric_limits<double>::quiet_NaN();
  } else {
    auto res = std::from_chars(t.data(), t.data() + t.size(), v, std::chars_format::general);
    if (res.ec == std::errc::result_out_of_range) {
      // Overflow or underflow: decide by the decimal exponent of the first
      // nonzero digit (far from the boundary in both cases).
      int64_t point = 0, first_nonzero = INT64_MIN, pos = 0;
      size_t i = 0;
      bool seen_point = false;
      for (; i < t.size() && (is_digit(t[i]) || t[i] == '.'); ++i) {
        if (t[i] == '.') {
          seen_point = true;
          continue;
        }
        if (t[i] != '0' && first_nonzero == INT64_MIN) first_nonzero = pos;
        ++pos;
        if (!seen_point) point = pos;
      }
      int64_t exp = 0;
      if (i < t.size()) {  // 'e'
        ++i;
        bool eneg = false;
        if (t[i] == '+' || t[i] == '-') eneg = t[i++] == '-';
        for (; i < t.size(); ++i) {
          if (exp < 100000000) exp = exp * 10 + (t[i] - '0');
        }
        if (eneg) exp = -exp;
      }
      if (first_nonzero == INT64_MIN) {
        v = 0.0;
      } else {
        v = (point - first_nonzero + exp > 0) ? std::numeric_limits<double>::infinity() : 0.0;
      }
    }
  }
  return neg ? -v : v;
}

std::string py_repr_bytes(std::string_view s) {
  // repr() of a 2.7 str: ' unless the text has ' and no ".
  bool has_sq = s.find('\'') != std::string_view::npos;
  bool has_dq = s.find('"') != std::string_view::npos;
  char q = (has_sq && !has_dq) ? '"' : '\'';
  std::string out(1, q);
  static const char kHex[] = "0123456789abcdef";
  for (unsigned char c : s) {
    if (c == q || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7f) {
      out += "\\x";
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  out.push_back(q);
  return out;
}

std::string invalid_literal(const char* func, int base, std::string_view text) {
  std::string_view t = c_string(text);
  if (t.size() > 200) t = t.substr(0, 200);
  return std::string("invalid literal for ") + func + "() with base " + std::to_string(base) +
         ": " + py_repr_bytes(t);
}

void set_error(ParseIntResult& r, std::string msg) {
  r.kind = ParseIntResult::Kind::kError;
  r.error = std::move(msg);
}

// digits (valid in base, non-empty) and sign into r, small when it fits.
void set_value(ParseIntResult& r, std::string_view digits, int base, bool negative) {
  // Fast path: accumulate in 64 bits; GMP only when that overflows.
  uint64_t acc = 0;
  bool overflow = false;
  for (char c : digits) {
    if (__builtin_mul_overflow(acc, static_cast<uint64_t>(base), &acc) ||
        __builtin_add_overflow(acc, static_cast<uint64_t>(digit_value(c)), &acc)) {
      overflow = true;
      break;
    }
  }
  if (!overflow && acc <= (negative ? uint64_t{1} << 63 : uint64_t{INT64_MAX})) {
    r.kind = ParseIntResult::Kind::kSmall;
    r.small = negative ? static_cast<int64_t>(0 - acc) : static_cast<int64_t>(acc);
    return;
  }
  std::string text(digits);
  mpz_set_str(r.big, text.c_str(), base);
  if (negative) mpz_neg(r.big, r.big);
  if (mpz_fits_slong_p(r.big)) {
    r.kind = ParseIntResult::Kind::kSmall;
    r.small = mpz_get_si(r.big);
  } else {
    r.kind = ParseIntResult::Kind::kBig;
  }
}

size_t skip_digits(std::string_view s, size_t i, int base) {
  while (i < s.size() && digit_value(s[i]) < base) ++i;
  return i;
}

// PyLong_FromString's grammar; text is the string after leading whitespace was
// removed by the int() path, or the whole argument for long().
void long_from_string(std::string_view text, int base, ParseIntResult& r) {
  std::string_view s = c_string(text);
  size_t i = 0;
  while (i < s.size() && is_space(s[i])) ++i;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  while (i < s.size() && is_space(s[i])) ++i;
  auto at = [&](size_t k) { return k < s.size() ? s[k] : '\0'; };
  if (base == 0) {
    if (at(i) != '0') {
      base = 10;
    } else {
      char c = at(i + 1);
      base = (c == 'x' || c == 'X') ? 16 : (c == 'o' || c == 'O') ? 8 : (c == 'b' || c == 'B') ? 2 : 8;
    }
  }
  if (at(i) == '0') {
    char c = at(i + 1);
    if ((base == 16 && (c == 'x' || c == 'X')) || (base == 8 && (c == 'o' || c == 'O')) ||
        (base == 2 && (c == 'b' || c == 'B'))) {
      i += 2;
    }
  }
  size_t start = i;
  i = skip_digits(s, i, base);
  size_t digits_end = i;
  if (i < s.size() && (s[i] == 'l' || s[i] == 'L')) ++i;
  while (i < s.size() && is_space(s[i])) ++i;
  if (digits_end == start || i != s.size()) {
    set_error(r, invalid_literal("long", base, text));
    return;
  }
  set_value(r, s.substr(start, digits_end - start), base, negative);
}

}  // namespace

// ---- float ----

std::optional<double> parse_float(std::string_view s) {
  FloatScan f = scan_float(s);
  if (f.end == f.begin || f.end != f.last) return std::nullopt;
  return float_value(s.substr(f.begin, f.end - f.begin));
}

std::string parse_float_error(std::string_view s) {
  FloatScan f = scan_float(s);
  std::string_view shown = c_string(s.substr(f.begin));
  if (shown.size() > 200) shown = shown.substr(0, 200);
  if (f.end == f.begin) return "could not convert string to float: " + std::string(shown);
  return "invalid literal for float(): " + std::string(shown);
}

// ---- complex ----

std::optional<std::pair<double, double>> parse_complex(std::string_view s) {
  size_t i = 0, n = s.size();
  auto skip_space = [&] {
    while (i < n && is_space(s[i])) ++i;
  };
  skip_space();
  bool bracket = i < n && s[i] == '(';
  if (bracket) {
    ++i;
    skip_space();
  }
  double re = 0, im = 0;
  size_t end = scan_number(s, i);
  auto is_j = [&](size_t k) { return k < n && (s[k] == 'j' || s[k] == 'J'); };
  if (end != i) {
    double first = float_value(s.substr(i, end - i));
    i = end;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
      // real part, then a signed imaginary part ('1+2j', '1-j')
      re = first;
      size_t e2 = scan_number(s, i);
      if (e2 == i) {
        im = s[i] == '-' ? -1.0 : 1.0;
        ++i;
      } else {
        im = float_value(s.substr(i, e2 - i));
        i = e2;
      }
      if (!is_j(i)) return std::nullopt;
      ++i;
    } else if (is_j(i)) {
      im = first;
      ++i;
    } else {
      re = first;
    }
  } else {
    // a bare 'j', '+j' or '-j'
    im = 1.0;
    if (i < n && (s[i] == '+' || s[i] == '-')) im = s[i++] == '-' ? -1.0 : 1.0;
    if (!is_j(i)) return std::nullopt;
    ++i;
  }
  skip_space();
  if (bracket) {
    if (i >= n || s[i] != ')') return std::nullopt;
    ++i;
    skip_space();
  }
  if (i != n) return std::nullopt;
  return std::make_pair(re, im);
}

// ---- float.fromhex ----

HexFloatResult parse_float_hex(std::string_view s) {
  HexFloatResult r;
  auto invalid = [&] {
    r.ok = false;
    r.exc_type = "ValueError";
    r.msg = "invalid hexadecimal floating-point string";
    return r;
  };
  size_t i = 0, n = s.size();
  while (i < n && is_space(s[i])) ++i;
  bool negative = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  double value;
  if (starts_with_nocase(s, i, "inf") || starts_with_nocase(s, i, "nan")) {
    bool nan = starts_with_nocase(s, i, "nan");
    i += nan ? 3 : (starts_with_nocase(s, i, "infinity") ? 8 : 3);
    value = nan ? std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::infinity();
  } else {
    if (i + 1 < n && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) i += 2;
    std::string digits;
    int64_t frac_digits = 0;
    while (i < n && digit_value(s[i]) < 16) digits.push_back(s[i++]);
    if (i < n && s[i] == '.') {
      ++i;
      while (i < n && digit_value(s[i]) < 16) {
        digits.push_back(s[i++]);
        ++frac_digits;
      }
    }
    if (digits.empty()) return invalid();
    int64_t exp = 0;
    if (i < n && (s[i] == 'p' || s[i] == 'P')) {
      ++i;
      bool eneg = false;
      if (i < n && (s[i] == '+' || s[i] == '-')) eneg = s[i++] == '-';
      if (i >= n || !is_digit(s[i])) return invalid();
      for (; i < n && is_digit(s[i]); ++i) {
        if (exp < 1000000000000LL) exp = exp * 10 + (s[i] - '0');
      }
      if (eneg) exp = -exp;
    }
    mpz_t m;
    mpz_init_set_str(m, digits.c_str(), 16);
    if (mpz_sgn(m) == 0) {
      value = 0.0;
    } else if (!mpz_scaled_to_double(m, false, static_cast<long>(exp - 4 * frac_digits), value)) {
      mpz_clear(m);
      r.exc_type = "OverflowError";
      r.msg = "hexadecimal value too large to represent as a float";
      return r;
    }
    mpz_clear(m);
  }
  while (i < n && is_space(s[i])) ++i;
  if (i != n) return invalid();
  r.ok = true;
  r.value = negative ? -value : value;
  return r;
}

// ---- int / long ----

ParseIntResult parse_int(std::string_view text, int base, bool base_given) {
  ParseIntResult r;
  if (text.find('\0') != std::string_view::npos) {
    // With a base, 2.7 quotes the whole string, NUL and all, without a length cap.
    set_error(r, base_given ? std::string("invalid literal for int() with base ") +
                                  std::to_string(base) + ": " + py_repr_bytes(text)
                            : "null byte in argument for int()");
    return r;
  }
  if (base != 0 && (base < 2 || base > 36)) {
    set_error(r, "int() base must be >= 2 and <= 36, or 0");
    return r;
  }
  size_t b = 0;
  while (b < text.size() && is_space(text[b])) ++b;
  std::string_view s = text.substr(b);
  auto at = [&](size_t k) { return k < s.size() ? s[k] : '\0'; };
  // 2.7 reads "0..." in base 0 as unsigned and everything else as signed.
  bool unsigned_path = base == 0 && at(0) == '0';
  size_t i = 0;
  bool negative = false;
  if (!unsigned_path) {
    if (at(0) == '+' || at(0) == '-') negative = s[i++] == '-';
  }
  while (i < s.size() && is_space(s[i])) ++i;
  int b2 = base;
  if (b2 == 0) {
    if (at(i) != '0') {
      b2 = 10;
    } else {
      char c = at(i + 1);
      b2 = (c == 'x' || c == 'X') ? 16 : (c == 'o' || c == 'O') ? 8 : (c == 'b' || c == 'B') ? 2 : 8;
      if (b2 != 8 || c == 'o' || c == 'O') {
        if (digit_value(at(i + 2)) >= b2) {  // a prefix needs a digit after it
          set_error(r, invalid_literal("int", base, s));
          return r;
        }
        i += 2;
      }
    }
  } else if (at(i) == '0') {
    char c = at(i + 1);
    if ((b2 == 16 && (c == 'x' || c == 'X')) || (b2 == 8 && (c == 'o' || c == 'O')) ||
        (b2 == 2 && (c == 'b' || c == 'B'))) {
      if (digit_value(at(i + 2)) >= b2) {
        set_error(r, invalid_literal("int", base, s));
        return r;
      }
      i += 2;
    }
  }
  size_t start = i;
  i = skip_digits(s, i, b2);
  size_t digits_end = i;
  if (digits_end == start) {
    set_error(r, invalid_literal("int", base, s));
    return r;
  }
  set_value(r, s.substr(start, digits_end - start), b2, negative);
  if (unsigned_path && r.kind == ParseIntResult::Kind::kBig) {
    // Too big for a C long: 2.7 re-parses the whole thing as a long literal.
    ParseIntResult l;
    long_from_string(s, base, l);
    return l;
  }
  while (i < s.size() && is_space(s[i])) ++i;
  if (i != s.size()) set_error(r, invalid_literal("int", base, s));
  return r;
}

ParseIntResult parse_long(std::string_view text, int base, bool base_given) {
  ParseIntResult r;
  if (text.find('\0') != std::string_view::npos) {
    // With a base, 2.7 quotes the whole string, NUL and all, without a length cap.
    set_error(r, base_given ? std::string("invalid literal for long() with base ") +
                                  std::to_string(base) + ": " + py_repr_bytes(text)
                            : "null byte in argument for long()");
    return r;
  }
  if (base != 0 && (base < 2 || base > 36)) {
    set_error(r, "long() base must be >= 2 and <= 36, or 0");
    return r;
  }
  long_from_string(text, base, r);
  return r;
}

}  // namespace pytrans::rt::internal
