// SPDX-License-Identifier: Apache-2.0
// The Unicode character database as CPython 2.7.18 sees it (Unicode 5.2.0):
// simple one-to-one case mappings and the per-character predicates behind
// unicode.isalpha(), .isdigit(), .splitlines()... 2.7 has no special casing,
// so u'\xdf'.upper() is u'\xdf' and every mapping keeps the length.
//
// The data is generated from a real 2.7 by unicode_db_gen.py (unicode_db.inc)
// and read through a two-level index; nothing here knows about Python objects.
#pragma once

#include <cstdint>

namespace pytrans::rt::internal {

bool uni_isalpha(char32_t c);
bool uni_isdecimal(char32_t c);
bool uni_isdigit(char32_t c);
bool uni_isnumeric(char32_t c);
bool uni_islower(char32_t c);
bool uni_isupper(char32_t c);
bool uni_istitle(char32_t c);  // category Lt only
bool uni_isspace(char32_t c);
bool uni_islinebreak(char32_t c);
inline bool uni_isalnum(char32_t c) {
  return uni_isalpha(c) || uni_isdecimal(c) || uni_isdigit(c) || uni_isnumeric(c);
}
char32_t uni_toupper(char32_t c);
char32_t uni_tolower(char32_t c);
char32_t uni_totitle(char32_t c);
int uni_decimal(char32_t c);  // 0..9, or -1
int uni_digit(char32_t c);    // 0..9, or -1

}  // namespace pytrans::rt::internal
