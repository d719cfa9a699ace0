// SPDX-License-Identifier: Apache-2.0
// struct (Python 2.7's _struct): pack/unpack of C values into byte strings.
//
// A format is parsed once into items {code, count, offset, size}. Byte
// order '@' (the default) uses native sizes and alignment (x86-64: long is 8
// bytes), '=' '<' '>' '!' standard sizes without alignment. Integers come
// back as int when they fit in 64 bits (2.7 returns int when the value fits
// a C long), else long. Range errors use 2.7's texts ("ubyte format
// requires 0 <= number <= 255").
#include <gmp.h>

#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "support.h"

namespace pytrans::rt {
namespace {

Value g_error;  // struct.error

[[noreturn]] void struct_error(const std::string& msg) { raise(call(g_error, stdlib::str_val(msg))); }

struct Item {
  char code;
  int64_t count;  // repeat count, or the length for 's'/'p'
  int64_t offset;
  int size;
};

struct Layout {
  bool native = true;
  bool little = true;
  std::vector<Item> items;
  int64_t size = 0;
  int64_t nargs = 0;  // values consumed/produced
};

int native_size(char c) {
  switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'd': case 'P': return 8;
    default: return -1;
  }
}

int std_size(char c) {
  switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'l': case 'L': case 'f': return 4;
    case 'q': case 'Q': case 'd': return 8;
    default: return -1;
  }
}

Layout parse(std::string_view fmt) {
  Layout L;
  size_t i = 0;
  if (!fmt.empty()) {
    switch (fmt[0]) {
      case '@': i = 1; break;
      case '=': L.native = false; i = 1; break;
      case '<': L.native = false; i = 1; break;
      case '>': case '!': L.native = false; L.little = false; i = 1; break;
    }
  }
  int64_t off = 0;
  while (i < fmt.size()) {
    char c = fmt[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
      ++i;
      continue;
    }
    int64_t num = 1;
    if (c >= '0' && c <= '9') {
      num = 0;
      while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
        num = num * 10 + (fmt[i] - '0');
        if (num > (int64_t(1) << 40)) struct_error("total struct size too long");
        ++i;
      }
      if (i >= fmt.size()) struct_error("repeat count given without format specifier");
      c = fmt[i];
    }
    int sz = L.native ? native_size(c) : std_size(c);
    if (sz < 0 || (c == 'P' && !L.native)) struct_error("bad char in struct format");
    if (L.native && sz > 1 && c != 's' && c != 'p') off = (off + sz - 1) / sz * sz;
    Item it{c, num, off, sz};
    if (c == 's' || c == 'p') {
      off += num;
      L.nargs += 1;
    } else {
      off += num * sz;
      if (c != 'x') L.nargs += num;
    }
    L.items.push_back(it);
    ++i;
  }
  L.size = off;
  return L;
}

Layout parse_arg(Value fmt) {
  if (!is_str(fmt)) raise_type_error("Struct() argument 1 must be string, not %s", type_name(fmt));
  return parse(fmt.as<Str>()->view());
}

void put_uint(char* p, uint64_t v, int size, bool little) {
  for (int k = 0; k < size; ++k) {
    int idx = little ? k : size - 1 - k;
    p[idx] = static_cast<char>(v & 0xff);
    v >>= 8;
  }
}

uint64_t get_uint(const char* p, int size, bool little) {
  uint64_t v = 0;
  for (int k = 0; k < size; ++k) {
    int idx = little ? size - 1 - k : k;
    v = (v << 8) | static_cast<unsigned char>(p[idx]);
  }
  return v;
}

// An integer argument as a 128-bit value (enough for every range check).
__int128 int_arg(Value v) {
  if (is_int(v)) return int_value(v);
  if (is_long(v)) {
    const mpz_srcptr z = v.as<Long>()->z;
    if (mpz_sizeinbase(z, 2) > 120) return mpz_sgn(z) < 0 ? -(static_cast<__int128>(1) << 120) : (static_cast<__int128>(1) << 120);
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, z);
    uint64_t lo = mpz_get_ui(a);
    mpz_fdiv_q_2exp(a, a, 64);
    uint64_t hi = mpz_get_ui(a);
    mpz_clear(a);
    __int128 r = (static_cast<__int128>(hi) << 64) | lo;
    return mpz_sgn(z) < 0 ? -r : r;
  }
  if (is_float(v)) struct_error("required argument is not an integer");
  Value idx = Value();
  Type* t = type_of(v);
  if (t->nb_index) idx = t->nb_index(v);
  else if (t->nb_int) idx = t->nb_int(v);
  if (idx.is_null() || (!is_int(idx) && !is_long(idx))) struct_error("cannot convert argument to integer");
  return int_arg(idx);
}

std::string i128_str(__int128 v) {
  if (v == 0) return "0";
  bool neg = v < 0;
  unsigned __int128 u = neg ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
  std::string s;
  while (u) {
    s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(u % 10)));
    u /= 10;
  }
  return neg ? "-" + s : s;
}

void range_error(const Layout& L, char c, int size, __int128 lo, __int128 hi) {
  if (L.native) {
    switch (c) {
      case 'b': struct_error("byte format requires -128 <= number <= 127");
      case 'B': struct_error("ubyte format requires 0 <= number <= 255");
      case 'h': struct_error("short format requires -32768 <= number <= 32767");
      case 'H': struct_error("ushort format requires 0 <= number <= 65535");
      case 'i': struct_error("integer out of range for 'i' format code");
      case 'I': struct_error("integer out of range for 'I' format code");
      default: struct_error("integer out of range for '" + std::string(1, c) + "' format code");
    }
  }
  if (c == 'b') struct_error("byte format requires -128 <= number <= 127");
  if (c == 'B') struct_error("ubyte format requires 0 <= number <= 255");
  if (c == 'h') struct_error("short format requires -32768 <= number <= 32767");
  if (c == 'H') struct_error("ushort format requires 0 <= number <= 65535");
  (void)size;
  struct_error("'" + std::string(1, c) + "' format requires " + i128_str(lo) + " <= number <= " + i128_str(hi));
}

void pack_into_buf(const Layout& L, char* buf, const Value* args, size_t nargs) {
  if (static_cast<int64_t>(nargs) != L.nargs)
    struct_error("pack expected " + std::to_string(L.nargs) + " items for packing (got " + std::to_string(nargs) + ")");
  size_t ai = 0;
  for (const Item& it : L.items) {
    char c = it.code;
    if (c == 'x') continue;
    if (c == 's' || c == 'p') {
      Value v = args[ai++];
      if (!is_str(v)) struct_error(std::string("argument for '") + c + "' must be a string");
      std::string_view s = v.as<Str>()->view();
      char* p = buf + it.offset;
      if (c == 's') {
        std::memcpy(p, s.data(), std::min<size_t>(s.size(), static_cast<size_t>(it.count)));
      } else if (it.count > 0) {
        size_t n = std::min<size_t>(s.size(), static_cast<size_t>(it.count - 1));
        if (n > 255) n = 255;
        std::memcpy(p + 1, s.data(), n);
        p[0] = static_cast<char>(n);
      }
      continue;
    }
    for (int64_t k = 0; k < it.count; ++k) {
      Value v = args[ai++];
      char* p = buf + it.offset + k * it.size;
      switch (c) {
        case 'c': {
          if (!is_str(v) || v.as<Str>()->len != 1) struct_error("char format require string of length 1");
          p[0] = v.as<Str>()->data[0];
          break;
        }
        case '?': p[0] = truth(v) ? 1 : 0; break;
        case 'f': case 'd': {
          double d;
          if (!as_double(v, &d)) {
            if (type_of(v)->nb_float) d = stdlib::to_double(v);
            else struct_error("required argument is not a float");
          }
          if (c == 'f') {
            float f = static_cast<float>(d);
            if (std::isinf(f) && !std::isinf(d)) raise_overflow("float too large to pack with f format");
            uint32_t bits;
            std::memcpy(&bits, &f, 4);
            put_uint(p, bits, 4, L.little);
          } else {
            uint64_t bits;
            std::memcpy(&bits, &d, 8);
            put_uint(p, bits, 8, L.little);
          }
          break;
        }
        default: {
          __int128 x = int_arg(v);
          bool is_unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'P';
          int bits = it.size * 8;
          __int128 lo = is_unsigned ? 0 : -(static_cast<__int128>(1) << (bits - 1));
          __int128 hi = is_unsigned ? (static_cast<__int128>(1) << bits) - 1 : (static_cast<__int128>(1) << (bits - 1)) - 1;
          if (x < lo || x > hi) range_error(L, c, it.size, lo, hi);
          put_uint(p, static_cast<uint64_t>(x), it.size, L.little);
        }
      }
    }
  }
}

Value unpack_buf(const Layout& L, const char* buf) {
  Tuple* r = tuple_new(static_cast<size_t>(L.nargs));
  int64_t ri = 0;
  for (const Item& it : L.items) {
    char c = it.code;
    if (c == 'x') continue;
    const char* p0 = buf + it.offset;
    if (c == 's') {
      r->items[ri++] = stdlib::str_val(std::string_view(p0, static_cast<size_t>(it.count)));
      continue;
    }
    if (c == 'p') {
      int64_t n = it.count > 0 ? static_cast<unsigned char>(p0[0]) : 0;
      if (n >= it.count) n = it.count - 1;
      if (n < 0) n = 0;
      r->items[ri++] = stdlib::str_val(std::string_view(p0 + 1, static_cast<size_t>(n)));
      continue;
    }
    for (int64_t k = 0; k < it.count; ++k) {
      const char* p = p0 + k * it.size;
      Value v;
      switch (c) {
        case 'c': v = Value(str_from_char(static_cast<unsigned char>(p[0]))); break;
        case '?': v = from_bool(p[0] != 0); break;
        case 'f': {
          uint32_t bits = static_cast<uint32_t>(get_uint(p, 4, L.little));
          float f;
          std::memcpy(&f, &bits, 4);
          v = make_float(f);
          break;
        }
        case 'd': {
          uint64_t bits = get_uint(p, 8, L.little);
          double d;
          std::memcpy(&d, &bits, 8);
          v = make_float(d);
          break;
        }
        default: {
          uint64_t u = get_uint(p, it.size, L.little);
          bool is_unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'P';
          if (is_unsigned) {
            if (u > static_cast<uint64_t>(INT64_MAX)) {
              mpz_t z;
              mpz_init(z);
              mpz_set_ui(z, u);
              v = long_from_mpz(z);
              mpz_clear(z);
            } else {
              v = make_int(static_cast<int64_t>(u));
            }
          } else {
            int bits = it.size * 8;
            int64_t s = bits == 64 ? static_cast<int64_t>(u)
                                   : static_cast<int64_t>(u << (64 - bits)) >> (64 - bits);
            v = make_int(s);
          }
        }
      }
      r->items[ri++] = v;
    }
  }
  return Value(r);
}

// ---- module functions ----

Value s_calcsize(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("calcsize", nargs, 1, 1);
  return make_int(parse_arg(args[0]).size);
}

Value s_pack(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs < 1) raise_type_error("pack expected at least 1 arguments, got 0");
  Layout L = parse_arg(args[0]);
  std::string buf(static_cast<size_t>(L.size), '\0');
  pack_into_buf(L, buf.data(), args + 1, nargs - 1);
  return stdlib::str_val(buf);
}

Value s_pack_into(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs < 3) raise_type_error("pack_into expected at least 3 arguments, got %zu", nargs);
  Layout L = parse_arg(args[0]);
  Value target = args[1];
  int64_t offset = stdlib::to_i64(args[2]);
  std::string buf(static_cast<size_t>(L.size), '\0');
  pack_into_buf(L, buf.data(), args + 3, nargs - 3);
  int64_t n = len(target);
  if (offset < 0) offset += n;
  if (n - offset < L.size) struct_error("pack_into requires a buffer of at least " + std::to_string(L.size) + " bytes");
  for (int64_t i = 0; i < L.size; ++i)
    setitem(target, make_int(offset + i), small_int(static_cast<unsigned char>(buf[i])));
  return None();
}

std::string buffer_bytes(Value v) {
  if (is_str(v)) return std::string(v.as<Str>()->view());
  // bytearray and other buffers: go through str().
  Str* s = to_str(v);
  return std::string(s->view());
}

Value s_unpack(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("unpack", nargs, 2, 2);
  Layout L = parse_arg(args[0]);
  std::string b = buffer_bytes(args[1]);
  if (static_cast<int64_t>(b.size()) != L.size)
    struct_error("unpack requires a string argument of length " + std::to_string(L.size));
  return unpack_buf(L, b.data());
}

Value s_unpack_from(Value, const Value* args, size_t nargs, Tuple* kw) {
  Value offv = stdlib::kwarg("unpack_from", kw, args, nargs, {"format", "buffer", "offset"}, "offset");
  if (nargs < 2) raise_type_error("unpack_from() takes at least 2 arguments (%zu given)", nargs);
  Layout L = parse_arg(args[0]);
  std::string b = buffer_bytes(args[1]);
  int64_t offset = nargs > 2 ? stdlib::to_i64(args[2]) : offv.is_null() ? 0 : stdlib::to_i64(offv);
  if (offset < 0) offset += static_cast<int64_t>(b.size());
  if (offset < 0 || static_cast<int64_t>(b.size()) - offset < L.size)
    struct_error("unpack_from requires a buffer of at least " + std::to_string(L.size) + " bytes");
  return unpack_buf(L, b.data() + offset);
}

// ---- Struct objects ----

struct StructObj : Object {
  Value format;
  Layout* layout;
  Dict* dict;
};
Type StructType;

Value struct_tp_new(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  Value fmt = stdlib::kwarg("Struct", kw, args, nargs, {"format"}, "format");
  if (fmt.is_null()) {
    if (nargs != 1) raise_type_error("Struct() takes exactly 1 argument (%zu given)", nargs);
    fmt = args[0];
  }
  Type* t = callee.as<Type>();
  StructObj* s = new_object<StructObj>(t, t->instance_size > sizeof(StructObj) ? t->instance_size : sizeof(StructObj));
  s->format = fmt;
  s->layout = new Layout(parse_arg(fmt));
  return Value(s);
}

Value struct_init(Value, const Value*, size_t, Tuple*) { return None(); }

Value so_pack(Value self, const Value* args, size_t nargs, Tuple*) {
  StructObj* s = self.as<StructObj>();
  std::string buf(static_cast<size_t>(s->layout->size), '\0');
  pack_into_buf(*s->layout, buf.data(), args, nargs);
  return stdlib::str_val(buf);
}

Value so_unpack(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("unpack", nargs, 1, 1);
  StructObj* s = self.as<StructObj>();
  std::string b = buffer_bytes(args[0]);
  if (static_cast<int64_t>(b.size()) != s->layout->size)
    struct_error("unpack requires a string argument of length " + std::to_string(s->layout->size));
  return unpack_buf(*s->layout, b.data());
}

Value so_unpack_from(Value self, const Value* args, size_t nargs, Tuple* kw) {
  StructObj* s = self.as<StructObj>();
  std::vector<Value> a = {s->format};
  a.insert(a.end(), args, args + nargs + (kw ? kw->len : 0));
  return s_unpack_from(Value(), a.data(), nargs + 1, kw);
}

Value so_format(Value, const Value* args, size_t, Tuple*) { return args[0].as<StructObj>()->format; }
Value so_size(Value, const Value* args, size_t, Tuple*) { return make_int(args[0].as<StructObj>()->layout->size); }

void register_struct() {
  StructType.name = "Struct";
  StructType.flags = kTypeBaseOk;
  StructType.instance_size = sizeof(StructObj);
  StructType.dict_offset = offsetof(StructObj, dict);
  StructType.tp_new = struct_tp_new;
  StructType.tp_init = struct_init;
  type_ready(&StructType, {{"pack", so_pack}, {"unpack", so_unpack}, {"unpack_from", so_unpack_from}});
}
TypeRegistrar treg(register_struct);

void init_struct(Module* m) {
  if (g_error.is_null()) {
    Dict* ns = dict_new();
    dict_set(ns, Value(str_intern("__module__")), stdlib::str_val("struct"));
    g_error = call(Value(&TypeType), stdlib::str_val("error"), Value(tuple_of({Value(&ExceptionType)})), Value(ns));
    stdlib::type_add_getter(&StructType, "format", so_format);
    stdlib::type_add_getter(&StructType, "size", so_size);
  }
  stdlib::mod_set(m, "error", g_error);
  stdlib::mod_set(m, "Struct", Value(&StructType));
  stdlib::mod_fns(m, {{"calcsize", s_calcsize},
                      {"pack", s_pack},
                      {"pack_into", s_pack_into},
                      {"unpack", s_unpack},
                      {"unpack_from", s_unpack_from}});
}

NativeModule reg("struct", init_struct);

}  // namespace
}  // namespace pytrans::rt
