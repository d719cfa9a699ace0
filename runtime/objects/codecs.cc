// SPDX-License-Identifier: Apache-2.0
// The codecs of codecs.h. Every decoder reports the same [start, end) range
// as 2.7's, since UnicodeDecodeError messages show it.
#include "objects/codecs.h"

#include <cctype>
#include <cstdio>

namespace pytrans::rt::internal {

namespace {

// Written once or twice per program (sys.setdefaultencoding); a heap string
// that is never freed, so a pointer handed out earlier stays valid.
const char* g_default_encoding = "ascii";

std::string normalize(std::string_view name) {
  // 2.7: codecs.lookup lowercases; encodings.normalize_encoding turns runs of
  // other punctuation into '_'.
  std::string s;
  for (char ch : name) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '.') s += static_cast<char>(std::tolower(c));
    else if (s.empty() || s.back() != '_') s += '_';
  }
  while (!s.empty() && s.back() == '_') s.pop_back();
  while (!s.empty() && s.front() == '_') s.erase(0, 1);
  return s;
}

struct Alias {
  const char* name;
  Codec codec;
};
const Alias kAliases[] = {
    {"ascii", Codec::kAscii}, {"646", Codec::kAscii}, {"us_ascii", Codec::kAscii}, {"us", Codec::kAscii},
    {"ansi_x3.4_1968", Codec::kAscii}, {"ansi_x3_4_1968", Codec::kAscii}, {"ansi_x3.4_1986", Codec::kAscii},
    {"cp367", Codec::kAscii}, {"csascii", Codec::kAscii}, {"ibm367", Codec::kAscii},
    {"iso646_us", Codec::kAscii}, {"iso_646.irv_1991", Codec::kAscii}, {"iso_ir_6", Codec::kAscii},
    {"latin_1", Codec::kLatin1}, {"latin1", Codec::kLatin1}, {"latin", Codec::kLatin1}, {"l1", Codec::kLatin1},
    {"iso8859_1", Codec::kLatin1}, {"iso_8859_1", Codec::kLatin1}, {"iso8859", Codec::kLatin1},
    {"8859", Codec::kLatin1}, {"cp819", Codec::kLatin1}, {"ibm819", Codec::kLatin1},
    {"csisolatin1", Codec::kLatin1}, {"iso_8859_1_1987", Codec::kLatin1}, {"iso_ir_100", Codec::kLatin1},
    {"utf_8", Codec::kUtf8}, {"utf8", Codec::kUtf8}, {"u8", Codec::kUtf8}, {"utf", Codec::kUtf8},
    {"utf8_ucs2", Codec::kUtf8}, {"utf8_ucs4", Codec::kUtf8},
    {"utf_16", Codec::kUtf16}, {"utf16", Codec::kUtf16}, {"u16", Codec::kUtf16},
    {"utf_16_le", Codec::kUtf16Le}, {"utf_16le", Codec::kUtf16Le}, {"unicodelittleunmarked", Codec::kUtf16Le},
    {"utf_16_be", Codec::kUtf16Be}, {"utf_16be", Codec::kUtf16Be}, {"unicodebigunmarked", Codec::kUtf16Be},
    {"utf_32", Codec::kUtf32}, {"utf32", Codec::kUtf32}, {"u32", Codec::kUtf32},
    {"utf_32_le", Codec::kUtf32Le}, {"utf_32le", Codec::kUtf32Le},
    {"utf_32_be", Codec::kUtf32Be}, {"utf_32be", Codec::kUtf32Be},
    {"unicode_escape", Codec::kUnicodeEscape}, {"raw_unicode_escape", Codec::kRawUnicodeEscape},
};

const char kHex[] = "0123456789abcdef";

bool fail(CodecError& err, Codec c, int64_t start, int64_t end, const char* reason, ErrorMode mode) {
  err.encoding = codec_error_name(c);
  err.start = start;
  err.end = end;
  err.reason = reason;
  err.unknown_handler = mode == ErrorMode::kUnknown;
  return false;
}

// ascii / latin-1: runs of unencodable characters are reported together.
bool encode_charmap(Codec c, std::u32string_view s, ErrorMode mode, std::string& out, CodecError& err,
                    char32_t limit) {
  size_t i = 0, n = s.size();
  while (i < n) {
    if (s[i] < limit) {
      out += static_cast<char>(s[i++]);
      continue;
    }
    size_t j = i;
    while (j < n && s[j] >= limit) ++j;
    switch (mode) {
      case ErrorMode::kIgnore: break;
      case ErrorMode::kReplace: out.append(j - i, '?'); break;
      case ErrorMode::kXmlCharRefReplace:
        for (size_t k = i; k < j; ++k) out += "&#" + std::to_string(static_cast<uint32_t>(s[k])) + ";";
        break;
      case ErrorMode::kBackslashReplace:
        for (size_t k = i; k < j; ++k) append_unicode_escape(out, s[k]);
        break;
      default:
        return fail(err, c, i, j, limit == 128 ? "ordinal not in range(128)" : "ordinal not in range(256)", mode);
    }
    i = j;
  }
  return true;
}

void put_utf8(std::string& out, uint32_t ch) {
  if (ch < 0x80) {
    out += static_cast<char>(ch);
  } else if (ch < 0x800) {
    out += static_cast<char>(0xc0 | (ch >> 6));
    out += static_cast<char>(0x80 | (ch & 0x3f));
  } else if (ch < 0x10000) {
    out += static_cast<char>(0xe0 | (ch >> 12));
    out += static_cast<char>(0x80 | ((ch >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (ch & 0x3f));
  } else {
    out += static_cast<char>(0xf0 | (ch >> 18));
    out += static_cast<char>(0x80 | ((ch >> 12) & 0x3f));
    out += static_cast<char>(0x80 | ((ch >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (ch & 0x3f));
  }
}

void encode_utf8(std::u32string_view s, std::string& out) {
  for (size_t i = 0; i < s.size(); ++i) {
    uint32_t ch = s[i];
    if (ch >= 0xd800 && ch <= 0xdbff && i + 1 < s.size() && s[i + 1] >= 0xdc00 && s[i + 1] <= 0xdfff) {
      ch = 0x10000 + ((ch - 0xd800) << 10) + (s[i + 1] - 0xdc00);
      ++i;
    }
    put_utf8(out, ch);
  }
}

int utf8_code_length(unsigned char c) {
  if (c < 0x80) return 1;
  if (c < 0xc2) return 0;
  if (c < 0xe0) return 2;
  if (c < 0xf0) return 3;
  if (c < 0xf5) return 4;
  return 0;
}

// Applies `mode` to a decode error over [start, end); false when strict.
bool decode_error(Codec c, ErrorMode mode, std::u32string& out, CodecError& err, int64_t start, int64_t end,
                  const char* reason) {
  if (mode == ErrorMode::kIgnore) return true;
  if (mode == ErrorMode::kReplace) {
    out += U'\ufffd';
    return true;
  }
  return fail(err, c, start, end, reason, mode);
}

bool decode_utf8(std::string_view s, ErrorMode mode, std::u32string& out, CodecError& err) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = 0;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      out += c;
      ++i;
      continue;
    }
    size_t len = utf8_code_length(c);
    size_t end;
    const char* reason = nullptr;
    if (i + len > n && len) {
      reason = "unexpected end of data";
      end = i + 1;
      for (size_t k = 1; i + k < n && (p[i + k] & 0xc0) == 0x80; ++k) ++end;
    } else if (len == 0) {
      reason = "invalid start byte";
      end = i + 1;
    } else if (len == 2) {
      if ((p[i + 1] & 0xc0) != 0x80) {
        reason = "invalid continuation byte";
        end = i + 1;
      } else {
        out += static_cast<char32_t>(((c & 0x1f) << 6) | (p[i + 1] & 0x3f));
      }
    } else if (len == 3) {
      if ((p[i + 1] & 0xc0) != 0x80 || (p[i + 2] & 0xc0) != 0x80 || (c == 0xe0 && p[i + 1] < 0xa0)) {
        reason = "invalid continuation byte";
        end = i + 1 + ((p[i + 1] & 0xc0) == 0x80);
      } else {
        out += static_cast<char32_t>(((c & 0x0f) << 12) | ((p[i + 1] & 0x3f) << 6) | (p[i + 2] & 0x3f));
      }
    } else {
      if ((p[i + 1] & 0xc0) != 0x80 || (p[i + 2] & 0xc0) != 0x80 || (p[i + 3] & 0xc0) != 0x80 ||
          (c == 0xf0 && p[i + 1] < 0x90) || (c == 0xf4 && p[i + 1] > 0x8f)) {
        reason = "invalid continuation byte";
        end = i + 1;
        if ((p[i + 1] & 0xc0) == 0x80) {
          ++end;
          if ((p[i + 2] & 0xc0) == 0x80) ++end;
        }
      } else {
        out += static_cast<char32_t>(((c & 0x07) << 18) | ((p[i + 1] & 0x3f) << 12) | ((p[i + 2] & 0x3f) << 6) |
                                     (p[i + 3] & 0x3f));
      }
    }
    if (reason) {
      if (!decode_error(Codec::kUtf8, mode, out, err, i, end, reason)) return false;
      i = end;
    } else {
      i += len;
    }
  }
  return true;
}

void put16(std::string& out, uint32_t u, bool be) {
  if (be) {
    out += static_cast<char>(u >> 8);
    out += static_cast<char>(u & 0xff);
  } else {
    out += static_cast<char>(u & 0xff);
    out += static_cast<char>(u >> 8);
  }
}

void encode_utf16(std::u32string_view s, std::string& out, bool be, bool bom) {
  if (bom) put16(out, 0xfeff, be);
  for (char32_t c : s) {
    if (c >= 0x10000) {
      put16(out, 0xd800 | ((c - 0x10000) >> 10), be);
      put16(out, 0xdc00 | ((c - 0x10000) & 0x3ff), be);
    } else {
      put16(out, c, be);
    }
  }
}

void encode_utf32(std::u32string_view s, std::string& out, bool be, bool bom) {
  auto put = [&](uint32_t u) {
    for (int k = 0; k < 4; ++k) out += static_cast<char>(be ? (u >> (24 - 8 * k)) & 0xff : (u >> (8 * k)) & 0xff);
  };
  if (bom) put(0xfeff);
  for (char32_t c : s) put(c);
}

bool decode_utf16(Codec codec, std::string_view s, ErrorMode mode, std::u32string& out, CodecError& err) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = 0;
  bool be = codec == Codec::kUtf16Be;
  if (codec == Codec::kUtf16 && n >= 2) {
    if (p[0] == 0xff && p[1] == 0xfe) i = 2;
    else if (p[0] == 0xfe && p[1] == 0xff) { i = 2; be = true; }
  }
  auto get = [&](size_t k) -> uint32_t { return be ? (p[k] << 8) | p[k + 1] : p[k] | (p[k + 1] << 8); };
  while (i < n) {
    if (i + 1 >= n) {
      if (!decode_error(codec, mode, out, err, i, n, "truncated data")) return false;
      break;
    }
    uint32_t u = get(i);
    if (u < 0xd800 || u > 0xdfff) {
      out += static_cast<char32_t>(u);
      i += 2;
      continue;
    }
    // A surrogate (high or low) with nothing after it: 2.7 says end of data.
    if (i + 3 >= n) {
      if (!decode_error(codec, mode, out, err, i, n, "unexpected end of data")) return false;
      break;
    }
    if (u <= 0xdbff) {
      uint32_t u2 = get(i + 2);
      if (u2 >= 0xdc00 && u2 <= 0xdfff) {
        out += static_cast<char32_t>(0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00));
        i += 4;
        continue;
      }
      if (!decode_error(codec, mode, out, err, i, i + 2, "illegal UTF-16 surrogate")) return false;
      i += 2;
      continue;
    }
    if (!decode_error(codec, mode, out, err, i, i + 2, "illegal encoding")) return false;
    i += 2;
  }
  return true;
}

bool decode_utf32(Codec codec, std::string_view s, ErrorMode mode, std::u32string& out, CodecError& err) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = 0;
  bool be = codec == Codec::kUtf32Be;
  if (codec == Codec::kUtf32 && n >= 4) {
    if (p[0] == 0xff && p[1] == 0xfe && p[2] == 0 && p[3] == 0) i = 4;
    else if (p[0] == 0 && p[1] == 0 && p[2] == 0xfe && p[3] == 0xff) { i = 4; be = true; }
  }
  while (i < n) {
    if (i + 3 >= n) {
      if (!decode_error(codec, mode, out, err, i, n, "truncated data")) return false;
      break;
    }
    uint32_t u = be ? (p[i] << 24) | (p[i + 1] << 16) | (p[i + 2] << 8) | p[i + 3]
                    : p[i] | (p[i + 1] << 8) | (p[i + 2] << 16) | (static_cast<uint32_t>(p[i + 3]) << 24);
    if (u > 0x10ffff) {
      if (!decode_error(codec, mode, out, err, i, i + 4, "code point not in range(0x110000)")) return false;
    } else {
      out += static_cast<char32_t>(u);
    }
    i += 4;
  }
  return true;
}

void encode_unicode_escape(std::u32string_view s, std::string& out, bool raw) {
  for (char32_t c : s) {
    if (raw) {
      if (c < 0x100) out += static_cast<char>(c);
      else append_unicode_escape(out, c);
      continue;
    }
    if (c == '\\') out += "\\\\";
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c >= 0x7f) append_unicode_escape(out, c);
    else out += static_cast<char>(c);
  }
}

int hexval(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool decode_unicode_escape(Codec codec, std::string_view s, ErrorMode mode, std::u32string& out, CodecError& err) {
  bool raw = codec == Codec::kRawUnicodeEscape;
  size_t n = s.size(), i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c != '\\') {
      out += c;
      ++i;
      continue;
    }
    size_t start = i;
    if (raw) {
      size_t k = i;
      while (k < n && s[k] == '\\') ++k;
      size_t bs = k - i;
      if (bs % 2 == 0 || k >= n || (s[k] != 'u' && s[k] != 'U')) {
        for (size_t q = i; q < k; ++q) out += U'\\';
        i = k;
        continue;
      }
      for (size_t q = 0; q + 1 < bs; ++q) out += U'\\';
      i = k;
    } else {
      ++i;
      if (i >= n) {
        if (!decode_error(codec, mode, out, err, start, n, "\\ at end of string")) return false;
        break;
      }
      c = s[i++];
      switch (c) {
        case '\n': continue;
        case '\\': out += U'\\'; continue;
        case '\'': out += U'\''; continue;
        case '"': out += U'"'; continue;
        case 'b': out += U'\b'; continue;
        case 'f': out += U'\f'; continue;
        case 't': out += U'\t'; continue;
        case 'n': out += U'\n'; continue;
        case 'r': out += U'\r'; continue;
        case 'v': out += U'\v'; continue;
        case 'a': out += U'\a'; continue;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
          uint32_t v = c - '0';
          for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; ++k) v = v * 8 + (s[i++] - '0');
          out += static_cast<char32_t>(v);
          continue;
        }
        case 'x': case 'u': case 'U': --i; break;
        default:
          out += U'\\';
          out += c;
          continue;
      }
    }
    char kind = s[i++];
    int digits = kind == 'x' ? 2 : kind == 'u' ? 4 : 8;
    uint32_t v = 0;
    int k = 0;
    for (; k < digits && i < n && hexval(s[i]) >= 0; ++k) v = v * 16 + hexval(s[i++]);
    if (k < digits) {
      const char* reason = kind == 'x' ? "truncated \\xXX escape"
                           : raw       ? (kind == 'u' ? "truncated \\uXXXX" : "truncated \\UXXXXXXXX")
                           : kind == 'u' ? "truncated \\uXXXX escape"
                                         : "truncated \\UXXXXXXXX escape";
      if (!decode_error(codec, mode, out, err, start, i, reason)) return false;
      continue;
    }
    if (v > 0x10ffff) {
      if (!decode_error(codec, mode, out, err, start, i, "illegal Unicode character")) return false;
      continue;
    }
    out += static_cast<char32_t>(v);
  }
  return true;
}

}  // namespace

bool codec_lookup(std::string_view encoding, Codec* out) {
  std::string n = normalize(encoding);
  for (const Alias& a : kAliases)
    if (n == a.name) {
      *out = a.codec;
      return true;
    }
  return false;
}

const char* codec_error_name(Codec c) {
  switch (c) {
    case Codec::kAscii: return "ascii";
    case Codec::kLatin1: return "latin-1";
    case Codec::kUtf8: return "utf8";
    case Codec::kUtf16: return "utf16";
    case Codec::kUtf16Le: return "utf16";
    case Codec::kUtf16Be: return "utf16";
    case Codec::kUtf32: return "utf32";
    case Codec::kUtf32Le: return "utf32";
    case Codec::kUtf32Be: return "utf32";
    case Codec::kUnicodeEscape: return "unicodeescape";
    case Codec::kRawUnicodeEscape: return "rawunicodeescape";
  }
  return "?";
}

ErrorMode error_mode(std::string_view e) {
  if (e == "strict") return ErrorMode::kStrict;
  if (e == "ignore") return ErrorMode::kIgnore;
  if (e == "replace") return ErrorMode::kReplace;
  if (e == "xmlcharrefreplace") return ErrorMode::kXmlCharRefReplace;
  if (e == "backslashreplace") return ErrorMode::kBackslashReplace;
  return ErrorMode::kUnknown;
}

void append_unicode_escape(std::string& out, char32_t c) {
  uint32_t v = c;
  if (v < 0x100) {
    out += "\\x";
    out += kHex[v >> 4];
    out += kHex[v & 15];
  } else if (v < 0x10000) {
    out += "\\u";
    for (int sh = 12; sh >= 0; sh -= 4) out += kHex[(v >> sh) & 15];
  } else {
    out += "\\U";
    for (int sh = 28; sh >= 0; sh -= 4) out += kHex[(v >> sh) & 15];
  }
}

bool codec_encode(Codec c, std::u32string_view s, ErrorMode mode, std::string& out, CodecError& err) {
  switch (c) {
    case Codec::kAscii: return encode_charmap(c, s, mode, out, err, 128);
    case Codec::kLatin1: return encode_charmap(c, s, mode, out, err, 256);
    case Codec::kUtf8: encode_utf8(s, out); return true;
    case Codec::kUtf16: encode_utf16(s, out, false, true); return true;
    case Codec::kUtf16Le: encode_utf16(s, out, false, false); return true;
    case Codec::kUtf16Be: encode_utf16(s, out, true, false); return true;
    case Codec::kUtf32: encode_utf32(s, out, false, true); return true;
    case Codec::kUtf32Le: encode_utf32(s, out, false, false); return true;
    case Codec::kUtf32Be: encode_utf32(s, out, true, false); return true;
    case Codec::kUnicodeEscape: encode_unicode_escape(s, out, false); return true;
    case Codec::kRawUnicodeEscape: encode_unicode_escape(s, out, true); return true;
  }
  return true;
}

bool codec_decode(Codec c, std::string_view s, ErrorMode mode, std::u32string& out, CodecError& err) {
  switch (c) {
    case Codec::kAscii:
      for (size_t i = 0; i < s.size(); ++i) {
        unsigned char b = s[i];
        if (b < 128) out += b;
        else if (!decode_error(c, mode, out, err, i, i + 1, "ordinal not in range(128)")) return false;
      }
      return true;
    case Codec::kLatin1:
      for (unsigned char b : s) out += b;
      return true;
    case Codec::kUtf8: return decode_utf8(s, mode, out, err);
    case Codec::kUtf16: case Codec::kUtf16Le: case Codec::kUtf16Be: return decode_utf16(c, s, mode, out, err);
    case Codec::kUtf32: case Codec::kUtf32Le: case Codec::kUtf32Be: return decode_utf32(c, s, mode, out, err);
    case Codec::kUnicodeEscape: case Codec::kRawUnicodeEscape: return decode_unicode_escape(c, s, mode, out, err);
  }
  return true;
}

const char* default_encoding() { return g_default_encoding; }

void set_default_encoding(std::string_view name) {
  g_default_encoding = (new std::string(name))->c_str();
}

}  // namespace pytrans::rt::internal
