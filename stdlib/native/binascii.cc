// SPDX-License-Identifier: Apache-2.0
// binascii (Python 2.7): hex and base64 conversions, crc32 (signed, as 2.7
// returns it), crc_hqx, uuencode lines and
// quoted-printable. binascii.Error derives from Exception, as in 2.7.
#include <cstdint>
#include <string>

#include "objects/bytearray.h"
#include "objects/memoryview.h"
#include "objects/unicode.h"
#include "support.h"

namespace pytrans::rt {
namespace {

Value g_error, g_incomplete;

Value b_hexlify(Value, const Value* args, size_t nargs, Tuple*) {
  stdlib::arg_count("b2a_hex", nargs, 1, 1);
  std::string scratch;  // 2.7 parses the data with "s*"
  std::string_view s = stdlib::buffer_arg(args[0], "b2a_hex", 1, true, scratch);
  static const char* digits = "0123456789abcdef";
  std::string out;
  out.reserve(s.size() * 2);
  for (unsigned char c : s) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return stdlib::str_val(out);
}

int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Value b_unhexlify(Value, const Value* args, size_t nargs, Tuple*) {
  stdlib::arg_count("a2b_hex", nargs, 1, 1);
  std::string scratch;  // 2.7 parses the data with "s*"
  std::string_view s = stdlib::buffer_arg(args[0], "a2b_hex", 1, true, scratch);
  if (s.size() % 2) raise_type_error("Odd-length string");
  std::string out;
  for (size_t i = 0; i < s.size(); i += 2) {
    int a = hexval(s[i]), b = hexval(s[i + 1]);
    if (a < 0 || b < 0) raise_type_error("Non-hexadecimal digit found");
    out += static_cast<char>(a * 16 + b);
  }
  return stdlib::str_val(out);
}

uint32_t crc_table[256];

void init_crc_table() {
  for (uint32_t i = 0; i < 256; ++i) {
    uint32_t c = i;
    for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xedb88320U ^ (c >> 1) : c >> 1;
    crc_table[i] = c;
  }
}

Value b_crc32(Value, const Value* args, size_t nargs, Tuple*) {
  stdlib::arg_count("crc32", nargs, 1, 2);
  std::string scratch;  // 2.7 parses the data with "s*"
  std::string_view s = stdlib::buffer_arg(args[0], "crc32", 1, true, scratch);
  uint32_t crc = nargs > 1 ? stdlib::to_u32_mask(args[1]) : 0;
  if (!crc_table[1]) init_crc_table();
  crc = ~crc;
  for (unsigned char c : s) crc = crc_table[(crc ^ c) & 0xff] ^ (crc >> 8);
  crc = ~crc;
  return make_int(static_cast<int32_t>(crc));
}

Value b_crc_hqx(Value, const Value* args, size_t nargs, Tuple*) {
  stdlib::arg_count("crc_hqx", nargs, 2, 2);
  std::string scratch;  // 2.7 parses the data with "s*"
  std::string_view s = stdlib::buffer_arg(args[0], "crc_hqx", 1, true, scratch);
  uint32_t crc = static_cast<uint32_t>(stdlib::to_i64(args[1])) & 0xffff;
  for (unsigned char c : s) {
    crc ^= static_cast<uint32_t>(c) << 8;
    for (int k = 0; k < 8; ++k) crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) : (crc << 1);
    crc &= 0xffff;
  }
  return make_int(crc);
}

const char* kB64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

Value b_b2a_base64(Value, const Value* args, size_t nargs, Tuple*) {
  stdlib::arg_count("b2a_base64", nargs, 1, 1);
  std::string scratch;  // 2.7 parses the data with "s*"
  std::string_view s = stdlib::buffer_arg(args[0], "b2a_base64", 1, true, scratch);
  std::string out;
  size_t i = 0;
  for (; i + 2 < s.size(); i += 3) {
    uint32_t v = (static_cast<unsigned char>(s[i]) << 16) | (static_cast<unsigned char>(s[i + 1]) << 8) |
                 static_cast<unsigned char>(s[i + 2]);
    out += kB64[v >> 18];
    out += kB64[(v >> 12) & 63];
    out += kB64[(v >> 6) & 63];
    out += kB64[v & 63];
  }
  if (i < s.size()) {
    uint32_t v = static_cast<unsigned char>(s[i]) << 16;
    if (i + 1 < s.size()) v |= static_cast<unsigned char>(s[i + 1]) << 8;
    out += kB64[v >> 18];
    out += kB64[(v >> 12) & 63];
    out += i + 1 < s.size() ? kB64[(v >> 6) & 63] : '=';
    out += '=';
  }
  out += '\n';
  return stdlib::str_val(out);
}

Value b_a2b_base64(Value, const Value* args, size_t nargs, Tuple*) {
  stdlib::arg_count("a2b_base64", nargs, 1, 1);
  std::string scratch;  // 2.7 parses the data with "s*"
  std::string_view s = stdlib::buffer_arg(args[0], "a2b_base64", 1, true, scratch);
  std::string out;
  uint32_t acc = 0;
  int bits = 0, quad = 0, pads = 0;
  for (char c : s) {
    int v;
    if (c == '=') {
      // Padding ends the data once the quad is complete enough (2.7).
      if (quad >= 2 && quad + ++pads >= 4) {
        quad = 0;
        bits = 0;
        acc = 0;
        break;
      }
      continue;
    }
    const char* p = std::strchr(kB64, c);
    if (!p || !c) continue;  // other characters are skipped
    v = static_cast<int>(p - kB64);
    pads = 0;
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    quad = (quad + 1) & 3;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xff);
    }
  }
  if (quad != 0) raise(call(g_error, stdlib::str_val("Incorrect padding")));
  return stdlib::str_val(out);
}

// ---- uuencode ----
// A line is a length character (' ' + n) and the n bytes as 6-bit groups,
// each written as ' ' + value (so zero is a space). Decoding also takes
// '`' for zero and treats a line that ends early as zero-filled.

Value b_b2a_uu(Value, const Value* args, size_t nargs, Tuple*) {
  stdlib::arg_count("b2a_uu", nargs, 1, 1);
  std::string scratch;
  std::string_view s = stdlib::buffer_arg(args[0], "b2a_uu", 1, true, scratch);
  if (s.size() > 45) raise(call(g_error, stdlib::str_val("At most 45 bytes at once")));
  std::string out(1, static_cast<char>(' ' + s.size()));
  uint32_t acc = 0;
  int bits = 0;
  // Whole bytes are fed until the bits run out evenly: 1 byte gives 4
  // characters, as 2.7 pads with zero bytes.
  for (size_t i = 0; i < s.size() || bits != 0; ++i) {
    acc = (acc << 8) | (i < s.size() ? static_cast<unsigned char>(s[i]) : 0);
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += static_cast<char>(' ' + ((acc >> bits) & 0x3f));
    }
    acc &= (1u << bits) - 1;
  }
  out += '\n';
  return stdlib::str_val(out);
}

Value b_a2b_uu(Value, const Value* args, size_t nargs, Tuple*) {
  stdlib::arg_count("a2b_uu", nargs, 1, 1);
  std::string scratch;
  std::string_view s = stdlib::buffer_arg(args[0], "a2b_uu", 1, true, scratch);
  // The length comes from the first character; an empty line reads its
  // terminating NUL there, as 2.7 does (32 zero bytes).
  size_t pos = 0;
  int want = ((s.empty() ? 0 : static_cast<unsigned char>(s[pos++])) - ' ') & 0x3f;
  std::string out;
  uint32_t acc = 0;
  int bits = 0;
  while (want > 0) {
    int c = pos < s.size() ? static_cast<unsigned char>(s[pos]) : 0;
    ++pos;
    if (c == '\n' || c == '\r' || pos > s.size()) {
      c = 0;
    } else {
      if (c < ' ' || c > ' ' + 64) raise(call(g_error, stdlib::str_val("Illegal char")));
      c = (c - ' ') & 0x3f;
    }
    acc = (acc << 6) | static_cast<uint32_t>(c);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xff);
      acc &= (1u << bits) - 1;
      --want;
    }
  }
  for (; pos < s.size(); ++pos) {
    char c = s[pos];
    if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r')
      raise(call(g_error, stdlib::str_val("Trailing garbage")));
  }
  return stdlib::str_val(out);
}

// ---- quoted-printable (RFC 1521) ----

// The qp functions parse "s*|iii" with keywords and no function name, so
// 2.7's messages say "function takes at most 4 arguments" and "argument 1
// must be string or buffer". Fills vals[] (null when absent).
void qp_args(const Value* args, size_t nargs, Tuple* kw, std::initializer_list<const char*> names, Value* vals) {
  size_t nkw = kw ? static_cast<size_t>(kw->len) : 0;
  if (nargs + nkw > names.size())
    raise_type_error("function takes at most %zu arguments (%zu given)", names.size(), nargs + nkw);
  for (size_t i = 0; i < nargs; ++i) vals[i] = args[i];
  for (size_t k = 0; k < nkw; ++k) {
    Str* name = kw->items[k].as<Str>();
    size_t i = 0;
    for (const char* n : names) {
      if (name->view() == n) break;
      ++i;
    }
    if (i == names.size()) raise_type_error("'%s' is an invalid keyword argument for this function", name->data);
    if (i < nargs)
      raise_type_error("Argument given by name ('%s') and position (%zu)", name->data, i + 1);
    vals[i] = args[nargs + k];
  }
  if (vals[0].is_null()) raise_type_error("Required argument 'data' (pos 1) not found");
  Value d = vals[0];
  if (!is_str(d) && !is_unicode(d) && !is_bytearray(d) &&
      !is_subtype(type_of(d), &MemoryViewType) && type_of(d) != &BufferType)
    raise_type_error("argument 1 must be string or buffer, not %s", is_none(d) ? "None" : type_name(d));
}

// An optional "i" argument read as a flag; `absent` when not given.
bool qp_flag(Value v, bool absent) {
  if (v.is_null()) return absent;
  if (is_float(v)) raise_type_error("integer argument expected, got float");
  if (!stdlib::is_intlike(v)) raise_type_error("an integer is required");
  return stdlib::to_i64(v) != 0;
}

Value b_a2b_qp(Value, const Value* args, size_t nargs, Tuple* kw) {
  Value vals[2];
  qp_args(args, nargs, kw, {"data", "header"}, vals);
  bool header = qp_flag(vals[1], false);
  std::string scratch;
  std::string_view s = stdlib::buffer_arg(vals[0], "a2b_qp", 1, true, scratch);
  std::string out;
  size_t i = 0, n = s.size();
  while (i < n) {
    char c = s[i];
    if (c == '=') {
      if (++i >= n) break;  // a lone '=' at the very end is dropped
      if (s[i] == '\n' || s[i] == '\r') {
        // Soft line break: skip to just past the end of the line.
        while (i < n && s[i] != '\n') ++i;
        if (i < n) ++i;
      } else if (s[i] == '=') {
        out += '=';  // "==" (from broken encoders) is one '='
        ++i;
      } else if (i + 1 < n && hexval(s[i]) >= 0 && hexval(s[i + 1]) >= 0) {
        out += static_cast<char>(hexval(s[i]) * 16 + hexval(s[i + 1]));
        i += 2;
      } else {
        out += '=';  // not an escape: keep the '=' and read on from here
      }
    } else if (header && c == '_') {
      out += ' ';
      ++i;
    } else {
      out += c;
      ++i;
    }
  }
  return stdlib::str_val(out);
}

Value b_b2a_qp(Value, const Value* args, size_t nargs, Tuple* kw) {
  Value vals[4];
  qp_args(args, nargs, kw, {"data", "quotetabs", "istext", "header"}, vals);
  bool quotetabs = qp_flag(vals[1], false), istext = qp_flag(vals[2], true), header = qp_flag(vals[3], false);
  std::string scratch;
  std::string_view s = stdlib::buffer_arg(vals[0], "b2a_qp", 1, true, scratch);
  constexpr size_t kMaxLine = 76;
  static const char* hex = "0123456789ABCDEF";
  // Line ends are written as the data's first one is: CRLF if it has '\r'.
  size_t first_nl = s.find('\n');
  const char* eol = first_nl != std::string_view::npos && first_nl > 0 && s[first_nl - 1] == '\r' ? "\r\n" : "\n";
  std::string out;
  size_t linelen = 0, n = s.size();
  auto soft_break = [&] {
    out += '=';
    out += eol;
    linelen = 0;
  };
  for (size_t i = 0; i < n;) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool last = i + 1 == n;
    char next = last ? '\0' : s[i + 1];
    bool lone_dot = c == '.' && linelen == 0 && (last || next == '\n' || next == '\r' || next == '\0');
    bool quote = c > 126 || c == '=' || (header && c == '_') || lone_dot ||
                 (!istext && (c == '\r' || c == '\n')) || ((c == '\t' || c == ' ') && last) ||
                 (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
    if (quote) {
      if (linelen + 3 >= kMaxLine) soft_break();
      out += '=';
      out += hex[c >> 4];
      out += hex[c & 15];
      linelen += 3;
      ++i;
    } else if (istext && (c == '\n' || (c == '\r' && !last && next == '\n'))) {
      // A hard line break: whitespace just before it must be quoted.
      if (!out.empty() && (out.back() == ' ' || out.back() == '\t')) {
        unsigned char w = static_cast<unsigned char>(out.back());
        out.back() = '=';
        out += hex[w >> 4];
        out += hex[w & 15];
      }
      out += eol;
      linelen = 0;
      i += c == '\r' ? 2 : 1;
    } else {
      if (!last && next != '\n' && linelen + 1 >= kMaxLine) soft_break();
      ++linelen;
      out += header && c == ' ' ? '_' : static_cast<char>(c);
      ++i;
    }
  }
  return stdlib::str_val(out);
}

void init_binascii(Module* m) {
  if (g_error.is_null()) {
    Dict* ns = dict_new();
    dict_set(ns, Value(str_intern("__module__")), stdlib::str_val("binascii"));
    g_error = call(Value(&TypeType), stdlib::str_val("Error"), Value(tuple_of({Value(&ExceptionType)})), Value(ns));
    Dict* ns2 = dict_new();
    dict_set(ns2, Value(str_intern("__module__")), stdlib::str_val("binascii"));
    g_incomplete = call(Value(&TypeType), stdlib::str_val("Incomplete"), Value(tuple_of({Value(&ExceptionType)})),
                        Value(ns2));
  }
  stdlib::mod_set(m, "Error", g_error);
  stdlib::mod_set(m, "Incomplete", g_incomplete);
  stdlib::mod_fns(m, {{"a2b_base64", b_a2b_base64},
                      {"a2b_hex", b_unhexlify},
                      {"a2b_qp", b_a2b_qp},
                      {"a2b_uu", b_a2b_uu},
                      {"b2a_base64", b_b2a_base64},
                      {"b2a_hex", b_hexlify},
                      {"b2a_qp", b_b2a_qp},
                      {"b2a_uu", b_b2a_uu},
                      {"crc32", b_crc32},
                      {"crc_hqx", b_crc_hqx},
                      {"hexlify", b_hexlify},
                      {"unhexlify", b_unhexlify}});
}

NativeModule reg("binascii", init_binascii);

}  // namespace
}  // namespace pytrans::rt
