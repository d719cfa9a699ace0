// SPDX-License-Identifier: Apache-2.0
// Lookups into the generated 2.7 character database (see unicode_db.h).
#include "objects/unicode_db.h"

namespace pytrans::rt::internal {

namespace {

struct DbRecord {
  int32_t upper, lower, title;
  uint16_t flags;
  int8_t decimal, digit;  // value + 1, 0 = none
};

#include "objects/unicode_db.inc"

const DbRecord& rec(char32_t c) {
  if (c >= 0x110000) return kDbRecords[0];
  uint32_t block = kDbIndex1[c >> kDbShift];
  return kDbRecords[kDbIndex2[(block << kDbShift) + (c & ((1u << kDbShift) - 1))]];
}

}  // namespace

bool uni_isalpha(char32_t c) { return rec(c).flags & kDbAlpha; }
bool uni_isdecimal(char32_t c) { return rec(c).flags & kDbDecimal; }
bool uni_isdigit(char32_t c) { return rec(c).flags & kDbDigit; }
bool uni_isnumeric(char32_t c) { return rec(c).flags & kDbNumeric; }
bool uni_islower(char32_t c) { return rec(c).flags & kDbLower; }
bool uni_isupper(char32_t c) { return rec(c).flags & kDbUpper; }
bool uni_istitle(char32_t c) { return rec(c).flags & kDbTitle; }
bool uni_isspace(char32_t c) { return rec(c).flags & kDbSpace; }
bool uni_islinebreak(char32_t c) { return rec(c).flags & kDbLinebreak; }
char32_t uni_toupper(char32_t c) { return static_cast<char32_t>(static_cast<int32_t>(c) + rec(c).upper); }
char32_t uni_tolower(char32_t c) { return static_cast<char32_t>(static_cast<int32_t>(c) + rec(c).lower); }
char32_t uni_totitle(char32_t c) { return static_cast<char32_t>(static_cast<int32_t>(c) + rec(c).title); }
int uni_decimal(char32_t c) { return rec(c).decimal - 1; }
int uni_digit(char32_t c) { return rec(c).digit - 1; }

}  // namespace pytrans::rt::internal
