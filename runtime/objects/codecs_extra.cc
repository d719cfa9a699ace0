// SPDX-License-Identifier: Apache-2.0
// The text codecs of codecs_extra.h other than charmap: utf-8-sig, utf-7
// (RFC 2152 as 2.7 writes it), punycode (RFC 3492), idna (RFC 3490 ToASCII /
// ToUnicode per label) and unicode-internal (UCS4 little-endian bytes).
//
// 2.7 details kept on purpose:
// - utf-7 encodes the optional direct characters (!"#$%&*;<=>@[]^_`{|}) and
//   whitespace as themselves, '+' as '+-'; a base64 run ends with '-' only
//   when the next character is a base64 letter or '-'. Its errors name the
//   codec 'utf7' and start at the '+' of the shift sequence they break.
// - punycode's decoder reports a bad digit by quoting the character after it
//   (an IndexError when there is none), and stops at the first bad digit
//   under 'replace'/'ignore', keeping what it has inserted so far.
// - idna's nameprep is approximated: characters mapped to nothing (RFC 3454
//   table B.1) are dropped, the label is lowercased and prohibited characters
//   raise; NFKC and the bidi checks are not done.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "core/raise.h"
#include "objects/codecs_extra.h"
#include "objects/exceptions.h"
#include "objects/unicode_db.h"


namespace pytrans::rt::internal {

bool charmap_encode(int table, std::u32string_view s, ErrorMode mode, std::string& out, CodecError& err);
bool charmap_decode(int table, std::string_view s, ErrorMode mode, std::u32string& out, CodecError& err);

namespace {

bool fail(CodecError& err, const char* name, int64_t start, int64_t end, const char* reason, ErrorMode mode) {
  err.encoding = name;
  err.start = start;
  err.end = end;
  err.reason = reason;
  err.unknown_handler = mode == ErrorMode::kUnknown;
  return false;
}

// ---- utf-7 ----

const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

bool is_b64(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}
int from_b64(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  return c == '+' ? 62 : 63;
}

// Set D, set O and whitespace travel as themselves.
bool utf7_direct(char32_t c) {
  if (c == 0 || c >= 128) return false;
  if (std::isalnum(static_cast<int>(c))) return true;
  return std::strchr("'(),-./:?!\"#$%&*;<=>@[]^_`{|} \t\r\n", static_cast<int>(c)) != nullptr;
}

void encode_utf7(std::u32string_view s, std::string& out) {
  bool shift = false;
  int bits = 0;
  uint32_t buf = 0;
  auto put16 = [&](uint32_t u) {
    buf = (buf << 16) | u;
    bits += 16;
    while (bits >= 6) {
      out += kB64[(buf >> (bits - 6)) & 63];
      bits -= 6;
    }
    buf &= (1u << bits) - 1;
  };
  auto flush = [&] {
    if (bits) out += kB64[(buf << (6 - bits)) & 63];
    bits = 0;
    buf = 0;
  };
  for (char32_t c : s) {
    if (shift && utf7_direct(c)) {
      flush();
      shift = false;
      if (is_b64(c) || c == '-') out += '-';
      out += static_cast<char>(c);
      continue;
    }
    if (!shift) {
      if (c == '+') {
        out += "+-";
        continue;
      }
      if (utf7_direct(c)) {
        out += static_cast<char>(c);
        continue;
      }
      out += '+';
      shift = true;
    }
    if (c >= 0x10000) {
      put16(0xd800 | ((c - 0x10000) >> 10));
      put16(0xdc00 | ((c - 0x10000) & 0x3ff));
    } else {
      put16(c);
    }
  }
  flush();
  if (shift) out += '-';
}

bool decode_utf7(std::string_view s, ErrorMode mode, std::u32string& out, CodecError& err) {
  size_t n = s.size(), i = 0, start = 0;
  bool shift = false;
  int bits = 0;
  uint32_t buf = 0;
  char32_t surrogate = 0;
  auto error = [&](size_t end, const char* reason) {
    if (mode == ErrorMode::kIgnore) return true;
    if (mode == ErrorMode::kReplace) {
      out += U'\ufffd';
      return true;
    }
    return fail(err, "utf7", start, end, reason, mode);
  };
  while (i < n) {
    unsigned char c = s[i];
    if (shift) {
      if (is_b64(c)) {
        buf = (buf << 6) | from_b64(c);
        bits += 6;
        ++i;
        if (bits >= 16) {
          char32_t u = (buf >> (bits - 16)) & 0xffff;
          bits -= 16;
          buf &= (1u << bits) - 1;
          if (surrogate) {
            if (u >= 0xdc00 && u <= 0xdfff) {
              out += static_cast<char32_t>((((surrogate & 0x3ff) << 10) | (u & 0x3ff)) + 0x10000);
              surrogate = 0;
              continue;
            }
            out += surrogate;
            surrogate = 0;
          }
          if (u >= 0xd800 && u <= 0xdbff) surrogate = u;
          else out += u;
        }
        continue;
      }
      shift = false;
      if (bits >= 6 || (bits > 0 && buf != 0)) {
        ++i;
        if (!error(i, bits >= 6 ? "partial character in shift sequence" : "non-zero padding bits in shift sequence"))
          return false;
        continue;
      }
      if (surrogate && c < 128 && c != '+') out += surrogate;
      surrogate = 0;
      if (c == '-') ++i;
    } else if (c == '+') {
      start = i++;
      if (i < n && s[i] == '-') {
        ++i;
        out += U'+';
      } else {
        shift = true;
        surrogate = 0;
        bits = 0;
        buf = 0;
      }
    } else if (c < 128) {
      out += c;
      ++i;
    } else {
      start = i++;
      if (!error(i, "unexpected special character")) return false;
    }
  }
  if (shift && (surrogate || bits >= 6 || (bits > 0 && buf != 0))) {
    if (!error(n, "unterminated shift sequence")) return false;
  }
  return true;
}

// ---- punycode ----

const char kPunyDigits[] = "abcdefghijklmnopqrstuvwxyz0123456789";

int64_t puny_t(int64_t j, int64_t bias) {
  int64_t r = 36 * (j + 1) - bias;
  return r < 1 ? 1 : r > 26 ? 26 : r;
}

int64_t puny_adapt(int64_t delta, bool first, int64_t numchars) {
  delta = first ? delta / 700 : delta / 2;
  delta += delta / numchars;
  int64_t divisions = 0;
  while (delta > 455) {
    delta /= 35;
    divisions += 36;
  }
  return divisions + (36 * delta / (delta + 38));
}

void encode_punycode(std::u32string_view s, std::string& out) {
  std::string base;
  std::u32string extended;
  for (char32_t c : s) {
    if (c < 128) base += static_cast<char>(c);
    else if (extended.find(c) == std::u32string::npos) extended += c;
  }
  std::sort(extended.begin(), extended.end());
  // The deltas of RFC 3492's insertion loop, then each as a generalized
  // variable-length integer.
  std::string digits;
  char32_t oldchar = 0x80;
  int64_t oldindex = -1, bias = 72, points = 0;
  for (char32_t c : extended) {
    int64_t curlen = 0;
    for (char32_t x : s) curlen += x < c;
    int64_t delta = (curlen + 1) * static_cast<int64_t>(c - oldchar);
    int64_t index = -1;
    for (char32_t x : s) {
      if (x < c) {
        ++index;
        continue;
      }
      if (x != c) continue;
      ++index;
      delta += index - oldindex;
      int64_t value = delta - 1;
      for (int64_t j = 0;; ++j) {
        int64_t t = puny_t(j, bias);
        if (value < t) {
          digits += kPunyDigits[value];
          break;
        }
        digits += kPunyDigits[t + ((value - t) % (36 - t))];
        value = (value - t) / (36 - t);
      }
      bias = puny_adapt(delta - 1, points == 0, static_cast<int64_t>(base.size()) + points + 1);
      ++points;
      oldindex = index;
      delta = 0;
    }
    oldchar = c;
  }
  out += base;
  if (!base.empty()) out += '-';
  out += digits;
}

// Decodes str (bytes) as 2.7's punycode_decode; `strict` as errors=='strict'.
std::u32string decode_punycode(std::string_view text, bool strict, bool ignore) {
  size_t pos = text.rfind('-');
  std::string_view base_bytes = pos == std::string_view::npos ? std::string_view() : text.substr(0, pos);
  std::string extended(pos == std::string_view::npos ? text : text.substr(pos + 1));
  for (char& ch : extended) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  std::u32string base;
  for (unsigned char c : base_bytes) {
    if (c < 128) base += c;
    else if (strict) raise_fmt(&UnicodeErrorType, "'ascii' codec can't decode byte 0x%02x", c);
    else if (!ignore) base += U'\ufffd';
  }
  int64_t ch = 0x80, p = -1, bias = 72;
  size_t extpos = 0;
  while (extpos < extended.size()) {
    size_t numstart = extpos;
    int64_t result = 0, w = 1;
    bool ok = false;
    for (int64_t j = 0;; ++j) {
      if (extpos >= extended.size()) {
        if (strict) raise_fmt(&UnicodeErrorType, "incomplete punicode string");
        break;
      }
      unsigned char c = extended[extpos++];
      int64_t digit;
      if (c >= 'A' && c <= 'Z') {
        digit = c - 'A';
      } else if (c >= '0' && c <= '9') {
        digit = c - 22;
      } else {
        if (!strict) break;
        if (extpos >= extended.size()) raise_fmt(&IndexErrorType, "string index out of range");
        raise_fmt(&UnicodeErrorType, "Invalid extended code point '%c'", extended[extpos]);
      }
      int64_t t = puny_t(j, bias);
      result += digit * w;
      if (digit < t) {
        ok = true;
        break;
      }
      w *= 36 - t;
    }
    if (!ok) return base;
    int64_t delta = result;
    p += delta + 1;
    int64_t len1 = static_cast<int64_t>(base.size()) + 1;
    ch += p / len1;
    if (ch > 0x10ffff) {
      if (strict) raise_fmt(&UnicodeErrorType, "Invalid character U+%llx", static_cast<long long>(ch));
      ch = '?';
    }
    p %= len1;
    base.insert(base.begin() + p, static_cast<char32_t>(ch));
    bias = puny_adapt(delta, numstart == 0, static_cast<int64_t>(base.size()));
  }
  return base;
}

// ---- idna ----

// Characters nameprep maps to nothing (RFC 3454 B.1).
bool nameprep_dropped(char32_t c) {
  return c == 0xad || c == 0x34f || c == 0x1806 || (c >= 0x180b && c <= 0x180d) || (c >= 0x200b && c <= 0x200d) ||
         c == 0x2060 || (c >= 0xfe00 && c <= 0xfe0f) || c == 0xfeff;
}

// RFC 3454's prohibited tables C.1.2 (what NFKC leaves of it) and C.2.2 to C.9.
bool nameprep_prohibited(char32_t c) {
  return c == 0x1680 || (c >= 0x80 && c <= 0x9f) || c == 0x6dd || c == 0x70f || c == 0x180e || c == 0x200c ||
         c == 0x200d || c == 0x2028 || c == 0x2029 || (c >= 0x2060 && c <= 0x2063) || (c >= 0x206a && c <= 0x206f) ||
         c == 0xfeff || (c >= 0xfff9 && c <= 0xfffd) || (c >= 0x1d173 && c <= 0x1d17a) ||
         (c >= 0xe000 && c <= 0xf8ff) || (c >= 0xf0000 && c <= 0xffffd) || (c >= 0x100000 && c <= 0x10fffd) ||
         (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe || (c >= 0xd800 && c <= 0xdfff) ||
         (c >= 0x2ff0 && c <= 0x2ffb) || c == 0x340 || c == 0x341 || c == 0x200e || c == 0x200f ||
         (c >= 0x202a && c <= 0x202e) || c == 0xe0001 || (c >= 0xe0020 && c <= 0xe007f);
}

std::u32string nameprep(std::u32string_view label) {
  std::u32string out;
  for (char32_t c : label)
    if (!nameprep_dropped(c)) out += uni_tolower(c);
  for (char32_t c : out)
    if (nameprep_prohibited(c)) {
      std::string esc;
      append_unicode_escape(esc, c);
      raise_fmt(&UnicodeErrorType, "Invalid character u'%s'", esc.c_str());
    }
  return out;
}

bool all_ascii(std::u32string_view s) {
  for (char32_t c : s)
    if (c >= 128) return false;
  return true;
}

std::string ascii_bytes(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) out += static_cast<char>(c);
  return out;
}

std::string idna_to_ascii(std::u32string_view label) {
  std::string out;
  if (all_ascii(label)) {
    out = ascii_bytes(label);
  } else {
    std::u32string prepped = nameprep(label);
    if (all_ascii(prepped)) {
      out = ascii_bytes(prepped);
    } else {
      if (prepped.compare(0, 4, U"xn--") == 0) raise_fmt(&UnicodeErrorType, "Label starts with ACE prefix");
      out = "xn--";
      encode_punycode(prepped, out);
    }
  }
  if (out.empty() || out.size() >= 64) raise_fmt(&UnicodeErrorType, "label empty or too long");
  return out;
}

bool idna_dot(char32_t c) { return c == '.' || c == 0x3002 || c == 0xff0e || c == 0xff61; }

void encode_idna(std::u32string_view s, std::string& out) {
  if (s.empty()) return;
  std::vector<std::u32string_view> labels;
  size_t b = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || idna_dot(s[i])) {
      labels.push_back(s.substr(b, i - b));
      b = i + 1;
    }
  bool trailing = labels.back().empty();
  if (trailing) labels.pop_back();
  for (size_t i = 0; i < labels.size(); ++i) {
    if (i) out += '.';
    out += idna_to_ascii(labels[i]);
  }
  if (trailing) out += '.';
}

std::u32string idna_to_unicode(std::string_view label) {
  if (label.substr(0, 4) != "xn--") {
    std::u32string r;
    for (unsigned char c : label) r += c;
    return r;
  }
  std::u32string result = decode_punycode(label.substr(4), true, false);
  std::string back = idna_to_ascii(result);
  std::string lowered(label);
  for (char& ch : lowered) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  if (lowered != back) raise_fmt(&UnicodeErrorType, "IDNA does not round-trip");
  return result;
}

bool decode_idna(std::string_view s, std::u32string& out, CodecError& err) {
  for (size_t i = 0; i < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) >= 128)
      return fail(err, "ascii", i, i + 1, "ordinal not in range(128)", ErrorMode::kStrict);
  if (s.empty()) return true;
  std::vector<std::string_view> labels;
  size_t b = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == '.') {
      labels.push_back(s.substr(b, i - b));
      b = i + 1;
    }
  bool trailing = labels.back().empty();
  if (trailing) labels.pop_back();
  for (size_t i = 0; i < labels.size(); ++i) {
    if (i) out += U'.';
    out += idna_to_unicode(labels[i]);
  }
  if (trailing) out += U'.';
  return true;
}

}  // namespace

// ---- dispatch ----

bool codec_ref_encode(const CodecRef& c, std::u32string_view s, ErrorMode mode, std::string& out, CodecError& err) {
  switch (c.kind) {
    case CodecKind::kBuiltin: return codec_encode(c.builtin, s, mode, out, err);
    case CodecKind::kCharmap: return charmap_encode(c.table, s, mode, out, err);
    case CodecKind::kUtf8Sig:
      out += "\xef\xbb\xbf";
      return codec_encode(Codec::kUtf8, s, mode, out, err);
    case CodecKind::kUtf7: encode_utf7(s, out); return true;
    case CodecKind::kPunycode: encode_punycode(s, out); return true;
    case CodecKind::kIdna: encode_idna(s, out); return true;
    case CodecKind::kUnicodeInternal: return codec_encode(Codec::kUtf32Le, s, mode, out, err);
    case CodecKind::kUndefined:
    case CodecKind::kBytes: break;
  }
  raise_fmt(&UnicodeErrorType, "undefined encoding");
}

bool codec_ref_decode(const CodecRef& c, std::string_view s, ErrorMode mode, std::u32string& out, CodecError& err) {
  switch (c.kind) {
    case CodecKind::kBuiltin: return codec_decode(c.builtin, s, mode, out, err);
    case CodecKind::kCharmap: return charmap_decode(c.table, s, mode, out, err);
    case CodecKind::kUtf8Sig: {
      size_t skip = s.substr(0, 3) == "\xef\xbb\xbf" ? 3 : 0;
      if (!codec_decode(Codec::kUtf8, s.substr(skip), mode, out, err)) {
        err.start += skip;
        err.end += skip;
        return false;
      }
      return true;
    }
    case CodecKind::kUtf7: return decode_utf7(s, mode, out, err);
    case CodecKind::kPunycode:
      out += decode_punycode(s, mode == ErrorMode::kStrict, mode == ErrorMode::kIgnore);
      return true;
    case CodecKind::kIdna: return decode_idna(s, out, err);
    case CodecKind::kUnicodeInternal: {
      // UCS4 little-endian units; a unit past U+10FFFF and a short tail are errors.
      for (size_t i = 0; i < s.size(); i += 4) {
        const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
        bool truncated = i + 4 > s.size();
        uint32_t u = truncated ? 0 : p[0] | (p[1] << 8) | (p[2] << 16) | (static_cast<uint32_t>(p[3]) << 24);
        if (!truncated && u <= 0x10ffff) {
          out += static_cast<char32_t>(u);
          continue;
        }
        if (mode == ErrorMode::kReplace) out += U'\ufffd';
        else if (mode != ErrorMode::kIgnore)
          return fail(err, "unicode_internal", i, truncated ? s.size() : i + 4,
                      truncated ? "truncated input" : "illegal code point (> 0x10FFFF)", mode);
      }
      return true;
    }
    case CodecKind::kUndefined:
    case CodecKind::kBytes: break;
  }
  raise_fmt(&UnicodeErrorType, "undefined encoding");
}

bool codec_utf8_decode_partial(std::string_view s, ErrorMode mode, bool final, std::u32string& out,
                               CodecError& err, size_t* consumed) {
  size_t n = s.size();
  if (!final) {
    // An incomplete but so far valid sequence at the end waits for more bytes.
    for (size_t back = 1; back <= 3 && back <= n; ++back) {
      unsigned char c = s[n - back];
      if ((c & 0xc0) == 0x80) continue;
      size_t len = c >= 0xf0 && c < 0xf5 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 0;
      if (c >= 0xf5) len = 0;
      if (len > back) n -= back;
      break;
    }
  }
  *consumed = n;
  return codec_decode(Codec::kUtf8, s.substr(0, n), mode, out, err);
}

}  // namespace pytrans::rt::internal
