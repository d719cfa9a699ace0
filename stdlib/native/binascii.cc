// SPDX-License-Identifier: Apache-2.0
// binascii (Python 2.7): hex and base64 conversions, crc32 (signed, as 2.7
// returns it), crc_hqx and uuencode lines. binascii.Error derives from Exception, as in 2.7.
#include <cstdint>
#include <string>

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
                      {"a2b_uu", b_a2b_uu},
                      {"b2a_base64", b_b2a_base64},
                      {"b2a_hex", b_hexlify},
                      {"b2a_uu", b_b2a_uu},
                      {"crc32", b_crc32},
                      {"crc_hqx", b_crc_hqx},
                      {"hexlify", b_hexlify},
                      {"unhexlify", b_unhexlify}});
}

NativeModule reg("binascii", init_binascii);

}  // namespace
}  // namespace pytrans::rt
