// SPDX-License-Identifier: Apache-2.0
// The algorithms shared by str and unicode methods, written once over a
// character type C and a traits class T that supplies 2.7's character
// predicates and case mappings: for str the "C" locale (ASCII letters only,
// whitespace " \t\n\v\f\r", line breaks \n and \r), for unicode the 2.7
// character database (objects/unicode_db.h). Everything works on plain
// std::basic_string(_view)s; str_methods.cc and unicode_methods.cc turn
// Python arguments into these calls and the results back into objects.
//
// Index conventions are 2.7's ADJUST_INDICES: negative start/end count from
// the end and clamp at 0, an end past the length clamps to the length, and a
// start past the end finds nothing (but 'abc'.find('', 3) == 3).
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pytrans::rt::strings {

inline void adjust_indices(int64_t& start, int64_t& end, int64_t len) {
  if (end > len) end = len;
  else if (end < 0) { end += len; if (end < 0) end = 0; }
  if (start < 0) { start += len; if (start < 0) start = 0; }
}

template <class C>
int64_t find(std::basic_string_view<C> s, std::basic_string_view<C> sub, int64_t start, int64_t end, bool reverse) {
  adjust_indices(start, end, static_cast<int64_t>(s.size()));
  if (end - start < static_cast<int64_t>(sub.size())) return -1;
  std::basic_string_view<C> w = s.substr(start, end - start);
  size_t pos = reverse ? w.rfind(sub) : w.find(sub);
  return pos == std::basic_string_view<C>::npos ? -1 : static_cast<int64_t>(pos) + start;
}

template <class C>
int64_t count(std::basic_string_view<C> s, std::basic_string_view<C> sub, int64_t start, int64_t end) {
  adjust_indices(start, end, static_cast<int64_t>(s.size()));
  if (end - start < static_cast<int64_t>(sub.size())) return 0;
  std::basic_string_view<C> w = s.substr(start, end - start);
  if (sub.empty()) return static_cast<int64_t>(w.size()) + 1;
  int64_t c = 0;
  for (size_t p = w.find(sub); p != std::basic_string_view<C>::npos; p = w.find(sub, p + sub.size())) ++c;
  return c;
}

// unicode's version: an empty candidate always matches (u''.startswith(u'', 1)
// is True where ''.startswith('', 1) is False).
template <class C>
bool tailmatch_unicode(std::basic_string_view<C> s, std::basic_string_view<C> sub, int64_t start, int64_t end,
                       bool at_end) {
  if (sub.empty()) return true;
  int64_t slen = static_cast<int64_t>(sub.size());
  adjust_indices(start, end, static_cast<int64_t>(s.size()));
  end -= slen;
  if (end < start) return false;
  return s.substr(at_end ? end : start, slen) == sub;
}

// startswith (at_end false) / endswith (at_end true) of one candidate.
template <class C>
bool tailmatch(std::basic_string_view<C> s, std::basic_string_view<C> sub, int64_t start, int64_t end, bool at_end) {
  int64_t len = static_cast<int64_t>(s.size()), slen = static_cast<int64_t>(sub.size());
  adjust_indices(start, end, len);
  if (!at_end) {
    if (start + slen > len) return false;
  } else {
    if (end - start < slen || start > len) return false;
    if (end - slen > start) start = end - slen;
  }
  if (end - start >= slen) return s.substr(start, slen) == sub;
  return false;
}

// maxcount < 0: no limit. 2.7 returns an empty self unchanged when a count is
// given (''.replace('', 'x', 1) == '' but ''.replace('', 'x') == 'x').
template <class C>
std::basic_string<C> replace(std::basic_string_view<C> s, std::basic_string_view<C> from,
                             std::basic_string_view<C> to, int64_t maxcount) {
  if (maxcount < 0) maxcount = INT64_MAX;
  else if (maxcount == 0 || s.empty()) return std::basic_string<C>(s);
  std::basic_string<C> out;
  if (from.empty()) {
    int64_t n = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
      if (n < maxcount) { out += to; ++n; }
      if (i < s.size()) out += s[i];
    }
    return out;
  }
  size_t pos = 0;
  for (int64_t n = 0; n < maxcount; ++n) {
    size_t f = s.find(from, pos);
    if (f == std::basic_string_view<C>::npos) break;
    out.append(s.substr(pos, f - pos));
    out += to;
    pos = f + from.size();
  }
  out.append(s.substr(pos));
  return out;
}

template <class C>
using Pieces = std::vector<std::basic_string_view<C>>;

template <class T, class C>
Pieces<C> split_whitespace(std::basic_string_view<C> s, int64_t maxsplit) {
  if (maxsplit < 0) maxsplit = INT64_MAX;
  Pieces<C> out;
  size_t i = 0, n = s.size();
  for (int64_t count = 0;; ++count) {
    while (i < n && T::space(s[i])) ++i;
    if (i == n) break;
    if (count >= maxsplit) {
      out.push_back(s.substr(i));  // 2.7 keeps the remainder's trailing whitespace
      break;
    }
    size_t j = i;
    while (j < n && !T::space(s[j])) ++j;
    out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

template <class T, class C>
Pieces<C> rsplit_whitespace(std::basic_string_view<C> s, int64_t maxsplit) {
  if (maxsplit < 0) maxsplit = INT64_MAX;
  Pieces<C> out;
  size_t j = s.size();
  for (int64_t count = 0;; ++count) {
    while (j > 0 && T::space(s[j - 1])) --j;
    if (j == 0) break;
    if (count >= maxsplit) {
      out.push_back(s.substr(0, j));
      break;
    }
    size_t i = j;
    while (i > 0 && !T::space(s[i - 1])) --i;
    out.push_back(s.substr(i, j - i));
    j = i;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

template <class C>
Pieces<C> split_sep(std::basic_string_view<C> s, std::basic_string_view<C> sep, int64_t maxsplit) {
  if (maxsplit < 0) maxsplit = INT64_MAX;
  Pieces<C> out;
  size_t pos = 0;
  for (int64_t n = 0; n < maxsplit; ++n) {
    size_t f = s.find(sep, pos);
    if (f == std::basic_string_view<C>::npos) break;
    out.push_back(s.substr(pos, f - pos));
    pos = f + sep.size();
  }
  out.push_back(s.substr(pos));
  return out;
}

template <class C>
Pieces<C> rsplit_sep(std::basic_string_view<C> s, std::basic_string_view<C> sep, int64_t maxsplit) {
  if (maxsplit < 0) maxsplit = INT64_MAX;
  Pieces<C> out;
  size_t end = s.size();
  for (int64_t n = 0; n < maxsplit && end >= sep.size(); ++n) {
    size_t f = s.substr(0, end).rfind(sep);
    if (f == std::basic_string_view<C>::npos) break;
    out.push_back(s.substr(f + sep.size(), end - f - sep.size()));
    end = f;
  }
  out.push_back(s.substr(0, end));
  std::reverse(out.begin(), out.end());
  return out;
}

template <class T, class C>
Pieces<C> splitlines(std::basic_string_view<C> s, bool keepends) {
  Pieces<C> out;
  size_t i = 0, n = s.size();
  while (i < n) {
    size_t j = i;
    while (j < n && !T::linebreak(s[j])) ++j;
    size_t eol = j;
    if (j < n) {
      if (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') j += 2;
      else ++j;
      if (keepends) eol = j;
    }
    out.push_back(s.substr(i, eol - i));
    i = j;
  }
  return out;
}

// which: 1 left, 2 right, 3 both. chars == nullptr: whitespace.
template <class T, class C>
std::basic_string_view<C> strip(std::basic_string_view<C> s, const std::basic_string_view<C>* chars, int which) {
  auto hit = [&](C c) { return chars ? chars->find(c) != std::basic_string_view<C>::npos : T::space(c); };
  size_t a = 0, b = s.size();
  if (which & 1) while (a < b && hit(s[a])) ++a;
  if (which & 2) while (b > a && hit(s[b - 1])) --b;
  return s.substr(a, b - a);
}

template <class C>
std::basic_string<C> expandtabs(std::basic_string_view<C> s, int64_t tabsize) {
  std::basic_string<C> out;
  int64_t col = 0;
  for (C c : s) {
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t incr = tabsize - (col % tabsize);
        col += incr;
        out.append(static_cast<size_t>(incr), C(' '));
      }
    } else {
      ++col;
      out += c;
      if (c == '\n' || c == '\r') col = 0;
    }
  }
  return out;
}

template <class C>
std::basic_string<C> pad(std::basic_string_view<C> s, int64_t left, int64_t right, C fill) {
  std::basic_string<C> out;
  out.reserve(s.size() + left + right);
  out.append(static_cast<size_t>(std::max<int64_t>(left, 0)), fill);
  out.append(s);
  out.append(static_cast<size_t>(std::max<int64_t>(right, 0)), fill);
  return out;
}

template <class C>
std::basic_string<C> center(std::basic_string_view<C> s, int64_t width, C fill) {
  int64_t marg = width - static_cast<int64_t>(s.size());
  int64_t left = marg / 2 + (marg & width & 1);
  return pad(s, left, marg - left, fill);
}

template <class C>
std::basic_string<C> zfill(std::basic_string_view<C> s, int64_t width) {
  int64_t fill = width - static_cast<int64_t>(s.size());
  std::basic_string<C> out = pad(s, fill, 0, C('0'));
  if (fill > 0 && (out[fill] == '+' || out[fill] == '-')) {
    out[0] = out[fill];
    out[fill] = '0';
  }
  return out;
}

// ---- case ----

template <class T, class C>
std::basic_string<C> map_chars(std::basic_string_view<C> s, C (*f)(C)) {
  std::basic_string<C> out(s);
  for (C& c : out) c = f(c);
  return out;
}

template <class T, class C>
std::basic_string<C> swapcase(std::basic_string_view<C> s) {
  std::basic_string<C> out(s);
  for (C& c : out) {
    if (T::isupper(c)) c = T::tolower(c);
    else if (T::islower(c)) c = T::toupper(c);
  }
  return out;
}

template <class T, class C>
std::basic_string<C> capitalize(std::basic_string_view<C> s) {
  std::basic_string<C> out(s);
  for (size_t i = 0; i < out.size(); ++i) out[i] = i == 0 ? T::capitalize_first(out[i]) : T::tolower(out[i]);
  return out;
}

template <class T, class C>
std::basic_string<C> title(std::basic_string_view<C> s) {
  std::basic_string<C> out(s);
  bool prev_cased = false;
  for (C& c : out) {
    C ch = c;
    if (T::kUnicode) {
      c = prev_cased ? T::tolower(ch) : T::totitle(ch);
      prev_cased = T::islower(ch) || T::isupper(ch) || T::istitle(ch);
    } else if (T::islower(ch)) {
      if (!prev_cased) c = T::toupper(ch);
      prev_cased = true;
    } else if (T::isupper(ch)) {
      if (prev_cased) c = T::tolower(ch);
      prev_cased = true;
    } else {
      prev_cased = false;
    }
  }
  return out;
}

template <class T, class C>
bool istitle(std::basic_string_view<C> s) {
  bool cased = false, prev_cased = false;
  for (C c : s) {
    if (T::isupper(c) || T::istitle(c)) {
      if (prev_cased) return false;
      prev_cased = cased = true;
    } else if (T::islower(c)) {
      if (!prev_cased) return false;
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return cased;
}

template <class T, class C>
bool islower(std::basic_string_view<C> s) {
  bool cased = false;
  for (C c : s) {
    if (T::isupper(c) || T::istitle(c)) return false;
    if (T::islower(c)) cased = true;
  }
  return cased;
}

template <class T, class C>
bool isupper(std::basic_string_view<C> s) {
  bool cased = false;
  for (C c : s) {
    if (T::islower(c) || T::istitle(c)) return false;
    if (T::isupper(c)) cased = true;
  }
  return cased;
}

template <class C, class P>
bool all_of(std::basic_string_view<C> s, P pred) {
  if (s.empty()) return false;
  for (C c : s)
    if (!pred(c)) return false;
  return true;
}

// ---- traits ----

struct ByteTraits {
  static constexpr bool kUnicode = false;
  static bool space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
  static bool linebreak(char c) { return c == '\n' || c == '\r'; }
  static bool islower(char c) { return c >= 'a' && c <= 'z'; }
  static bool isupper(char c) { return c >= 'A' && c <= 'Z'; }
  static bool istitle(char) { return false; }
  static bool isalpha(char c) { return islower(c) || isupper(c); }
  static bool isdigit(char c) { return c >= '0' && c <= '9'; }
  static bool isalnum(char c) { return isalpha(c) || isdigit(c); }
  static char tolower(char c) { return isupper(c) ? static_cast<char>(c + 32) : c; }
  static char toupper(char c) { return islower(c) ? static_cast<char>(c - 32) : c; }
  static char totitle(char c) { return toupper(c); }
  static char capitalize_first(char c) { return toupper(c); }
};

}  // namespace pytrans::rt::strings
