// SPDX-License-Identifier: Apache-2.0
// Codec name resolution (see codecs_extra.h) and the 8-bit charmap codecs.
//
// Each table of codecs_charmap.inc says what every byte decodes to, 0xFFFE
// meaning undefined. Encoding uses the inverse, built once per table on first
// use (the last byte wins when two bytes decode to one character, as 2.7's
// charmap_build). Errors are reported as 2.7's charmap codec does: encoding
// reports a whole run of unencodable characters, decoding one byte at a time,
// both as 'charmap' with "character maps to <undefined>"; replacement text of
// the error handlers goes through the table too (it matters for EBCDIC).
#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <iterator>
#include <mutex>
#include <utility>
#include <vector>

#include "objects/codecs_extra.h"

namespace pytrans::rt::internal {

namespace {

struct CharmapTable {
  const char* module;
  const char* name;
  char16_t decode[256];
};
struct CharmapOverride {
  int table;
  char32_t ch;
  int byte;  // -1: undefined
};
struct CodecModule {
  const char* module;
  const char* name;
};

#include "objects/codecs_charmap.inc"

constexpr size_t kNumTables = sizeof(kCharmapTables) / sizeof(kCharmapTables[0]);
constexpr char16_t kUndefined = 0xfffe;

// ---- name resolution ----

struct BuiltinModule {
  const char* module;
  CodecKind kind;
  Codec codec;
};
const BuiltinModule kBuiltinModules[] = {
    {"ascii", CodecKind::kBuiltin, Codec::kAscii},
    {"latin_1", CodecKind::kBuiltin, Codec::kLatin1},
    {"charmap", CodecKind::kBuiltin, Codec::kLatin1},
    {"utf_8", CodecKind::kBuiltin, Codec::kUtf8},
    {"utf_16", CodecKind::kBuiltin, Codec::kUtf16},
    {"utf_16_le", CodecKind::kBuiltin, Codec::kUtf16Le},
    {"utf_16_be", CodecKind::kBuiltin, Codec::kUtf16Be},
    {"utf_32", CodecKind::kBuiltin, Codec::kUtf32},
    {"utf_32_le", CodecKind::kBuiltin, Codec::kUtf32Le},
    {"utf_32_be", CodecKind::kBuiltin, Codec::kUtf32Be},
    {"unicode_escape", CodecKind::kBuiltin, Codec::kUnicodeEscape},
    {"raw_unicode_escape", CodecKind::kBuiltin, Codec::kRawUnicodeEscape},
    {"utf_8_sig", CodecKind::kUtf8Sig, Codec::kUtf8},
    {"utf_7", CodecKind::kUtf7, Codec::kUtf8},
    {"punycode", CodecKind::kPunycode, Codec::kUtf8},
    {"idna", CodecKind::kIdna, Codec::kUtf8},
    {"unicode_internal", CodecKind::kUnicodeInternal, Codec::kUtf8},
    {"undefined", CodecKind::kUndefined, Codec::kUtf8},
    {"hex_codec", CodecKind::kBytes, Codec::kUtf8},
    {"base64_codec", CodecKind::kBytes, Codec::kUtf8},
    {"string_escape", CodecKind::kBytes, Codec::kUtf8},
    {"quopri_codec", CodecKind::kBytes, Codec::kUtf8},
    {"uu_codec", CodecKind::kBytes, Codec::kUtf8},
    {"zlib_codec", CodecKind::kBytes, Codec::kUtf8},
    {"bz2_codec", CodecKind::kBytes, Codec::kUtf8},
};

// Both generated lists are sorted by name (charmap_gen.py sorts them).
const CodecModule* find_module(const std::string& name) {
  auto it = std::lower_bound(std::begin(kCodecModules), std::end(kCodecModules), name,
                             [](const CodecModule& m, const std::string& k) { return k.compare(m.module) > 0; });
  return it != std::end(kCodecModules) && name == it->module ? it : nullptr;
}

const CodecAlias* find_alias(const std::string& name) {
  auto it = std::lower_bound(std::begin(kCodecAliases), std::end(kCodecAliases), name,
                             [](const CodecAlias& a, const std::string& k) { return k.compare(a.alias) > 0; });
  return it != std::end(kCodecAliases) && name == it->alias ? it : nullptr;
}

bool resolve_module(const std::string& module, CodecRef* out) {
  if (const CodecModule* found = find_module(module)) {
    const CodecModule& m = *found;
    out->module = m.module;
    out->name = m.name;
    for (const BuiltinModule& b : kBuiltinModules)
      if (module == b.module) {
        out->kind = b.kind;
        out->builtin = b.codec;
        return true;
      }
    for (size_t t = 0; t < kNumTables; ++t)
      if (module == kCharmapTables[t].module) {
        out->kind = CodecKind::kCharmap;
        out->table = static_cast<int>(t);
        return true;
      }
    return false;  // a CJK codec: not provided
  }
  return false;
}

// ---- encoding tables ----

using EncodePair = std::pair<char32_t, unsigned char>;
std::array<EncodePair, 256> g_encode[kNumTables];
size_t g_encode_len[kNumTables];
std::once_flag g_encode_once[kNumTables];

void build_encode(size_t t) {
  std::vector<int> last(0x10000);  // byte + 1 per character; heap, not a fiber stack
  std::vector<char32_t> chars;
  for (int b = 0; b < 256; ++b) {
    char16_t c = kCharmapTables[t].decode[b];
    if (c == kUndefined) continue;
    if (!last[c]) chars.push_back(c);
    last[c] = b + 1;
  }
  for (const CharmapOverride& o : kCharmapOverrides) {
    if (o.table != static_cast<int>(t)) continue;
    if (!last[o.ch]) chars.push_back(o.ch);
    last[o.ch] = o.byte + 1;
  }
  std::sort(chars.begin(), chars.end());
  size_t n = 0;
  for (char32_t c : chars)
    if (last[c]) g_encode[t][n++] = {c, static_cast<unsigned char>(last[c] - 1)};
  g_encode_len[t] = n;
}

// The byte for c, or -1.
int charmap_byte(size_t t, char32_t c) {
  std::call_once(g_encode_once[t], build_encode, t);
  auto begin = g_encode[t].begin(), end = begin + g_encode_len[t];
  auto it = std::lower_bound(begin, end, EncodePair{c, 0},
                             [](const EncodePair& a, const EncodePair& b) { return a.first < b.first; });
  return it != end && it->first == c ? it->second : -1;
}

bool charmap_fail(CodecError& err, int64_t start, int64_t end, ErrorMode mode) {
  err.encoding = "charmap";
  err.start = start;
  err.end = end;
  err.reason = "character maps to <undefined>";
  err.unknown_handler = mode == ErrorMode::kUnknown;
  return false;
}

// Replacement text of a built-in handler, through the table.
bool charmap_put_ascii(size_t t, std::string_view text, std::string& out) {
  for (char ch : text) {
    int b = charmap_byte(t, static_cast<unsigned char>(ch));
    if (b < 0) return false;
    out += static_cast<char>(b);
  }
  return true;
}

}  // namespace

std::string codec_lookup_name(std::string_view encoding) {
  std::string s;
  for (char ch : encoding) s += ch == ' ' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

std::string codec_normalize_encoding(std::string_view encoding) {
  std::string s;
  bool punct = false;
  for (char ch : encoding) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '.') {
      if (punct && !s.empty()) s += '_';
      s += ch;
      punct = false;
    } else {
      punct = true;
    }
  }
  return s;
}

bool codec_resolve(std::string_view encoding, CodecRef* out) {
  std::string norm = codec_normalize_encoding(codec_lookup_name(encoding));
  std::string dotted = norm;
  std::replace(dotted.begin(), dotted.end(), '.', '_');
  if (const CodecAlias* a = find_alias(norm)) return resolve_module(a->module, out);
  if (const CodecAlias* a = find_alias(dotted)) return resolve_module(a->module, out);
  return resolve_module(norm, out);
}

const CodecAlias* codec_aliases(size_t* n) {
  *n = sizeof(kCodecAliases) / sizeof(kCodecAliases[0]);
  return kCodecAliases;
}

// ---- the charmap codec ----

bool charmap_encode(int table, std::u32string_view s, ErrorMode mode, std::string& out, CodecError& err) {
  size_t t = static_cast<size_t>(table);
  size_t i = 0, n = s.size();
  while (i < n) {
    int b = charmap_byte(t, s[i]);
    if (b >= 0) {
      out += static_cast<char>(b);
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < n && charmap_byte(t, s[j]) < 0) ++j;
    bool ok = true;
    for (size_t k = i; k < j && ok; ++k) {
      switch (mode) {
        case ErrorMode::kIgnore: break;
        case ErrorMode::kReplace: ok = charmap_put_ascii(t, "?", out); break;
        case ErrorMode::kXmlCharRefReplace:
          ok = charmap_put_ascii(t, "&#" + std::to_string(static_cast<uint32_t>(s[k])) + ";", out);
          break;
        case ErrorMode::kBackslashReplace: {
          std::string esc;
          append_unicode_escape(esc, s[k]);
          ok = charmap_put_ascii(t, esc, out);
          break;
        }
        default: ok = false;
      }
    }
    if (!ok) return charmap_fail(err, i, j, mode);
    i = j;
  }
  return true;
}

bool charmap_decode(int table, std::string_view s, ErrorMode mode, std::u32string& out, CodecError& err) {
  const char16_t* map = kCharmapTables[table].decode;
  for (size_t i = 0; i < s.size(); ++i) {
    char16_t c = map[static_cast<unsigned char>(s[i])];
    if (c != kUndefined) {
      out += static_cast<char32_t>(c);
    } else if (mode == ErrorMode::kReplace) {
      out += U'\ufffd';
    } else if (mode != ErrorMode::kIgnore) {
      return charmap_fail(err, i, i + 1, mode);
    }
  }
  return true;
}

}  // namespace pytrans::rt::internal
