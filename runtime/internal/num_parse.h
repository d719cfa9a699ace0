// SPDX-License-Identifier: Apache-2.0
//
// Text to numbers as CPython 2.7.18's float(s), int(s, base) and long(s, base)
// accept it, with 2.7's exact ValueError messages. Input is a byte string (a
// Python str); unicode arguments are converted to ASCII digits by the caller.
//
// float(s): surrounding whitespace, an optional sign, then a decimal number
// ('5.', '.5', '1e5') or inf/infinity/nan in any case. No hex, no '_'.
// Out-of-range values saturate: '1e500' is inf, '1e-500' is 0.0. Two messages:
// "could not convert string to float: X" when nothing at the start parses and
// "invalid literal for float(): X" when only a prefix does; X is the argument
// with leading whitespace removed, cut at the first NUL byte (2.7 prints it
// with %s, and with %.200s in the second form).
//
// int(s, base) and long(s, base) are two different parsers in 2.7 and they
// disagree on corners, which is why both exist here:
// - whitespace may follow the sign ('- 5' is -5);
// - base 0 reads 0x/0o/0b prefixes and a leading '0' as legacy octal ('0777'
//   is 511, '08' is an error); bases 16, 8 and 2 accept their own prefix;
// - long() accepts one trailing 'l' or 'L' (long('10L') == 10); int() does not,
//   except when a base-0 literal with a leading '0' is too big for an int, in
//   which case 2.7 hands the whole string to the long parser (so
//   int('0xffffffffffffffffL', 0) works and its errors say "long()");
// - messages quote the repr of the string (after leading whitespace, at most
//   200 bytes): "invalid literal for int() with base 10: 'x'". long() names
//   the base it resolved ("long() with base 8: '08'" for base 0).
// Values that do not fit int64 come back as a GMP integer.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace pytrans::rt::internal {

// float(s): the value, or nullopt when 2.7 raises ValueError.
std::optional<double> parse_float(std::string_view s);
// The message of that ValueError (only meaningful when parse_float failed).
std::string parse_float_error(std::string_view s);

// complex(s): '1+2j', ' ( -j ) ', '1e5J', 'infj', '3' (whitespace around and
// just inside optional parentheses; none around the sign between the parts).
// nullopt means ValueError kComplexMalformed.
std::optional<std::pair<double, double>> parse_complex(std::string_view s);
inline constexpr const char* kComplexMalformed = "complex() arg is a malformed string";

// float.fromhex(s): [ws][sign](inf|infinity|nan|[0x]hex[.hex][p[sign]dec])[ws],
// rounded to nearest (ties to even). On failure exc_type/msg are set:
// ValueError "invalid hexadecimal floating-point string" or OverflowError
// "hexadecimal value too large to represent as a float".
struct HexFloatResult {
  bool ok = false;
  double value = 0;
  const char* exc_type = "";
  const char* msg = "";
};
HexFloatResult parse_float_hex(std::string_view s);

// The outcome of int(s, base) / long(s, base). Owns an mpz_t (always
// initialised; holds the value when kind == kBig).
struct ParseIntResult {
  enum class Kind { kSmall, kBig, kError };
  Kind kind = Kind::kError;
  int64_t small = 0;
  mpz_t big;
  std::string error;  // ValueError message when kind == kError

  ParseIntResult() { mpz_init(big); }
  ~ParseIntResult() { mpz_clear(big); }
  ParseIntResult(ParseIntResult&& o) noexcept
      : kind(o.kind), small(o.small), error(std::move(o.error)) {
    mpz_init(big);
    mpz_swap(big, o.big);
  }
  ParseIntResult(const ParseIntResult&) = delete;
  ParseIntResult& operator=(const ParseIntResult&) = delete;
};

// int(s, base): kSmall when the value fits int64 (a Python int), else kBig (a
// long). base is 0 or 2..36; anything else gives the 2.7 error. base_given is
// false for int(s) (base 10): it only changes the message for a NUL byte
// ("null byte in argument for int()" instead of the quoted literal).
ParseIntResult parse_int(std::string_view s, int base, bool base_given = true);
// long(s, base): kSmall or kBig by size only; the Python result is a long either way.
ParseIntResult parse_long(std::string_view s, int base, bool base_given = true);

}  // namespace pytrans::rt::internal
