// SPDX-License-Identifier: Apache-2.0
// bytearray, as 2.7's bytearrayobject.c.
//
// Bytes live in GC atomic memory, over-allocated like a list. Items are ints;
// item assignment takes an int in range(256) or a one-character str. The
// text methods (upper, split, strip, find, ...) run str's implementation on
// a copy of the bytes and turn str results back into bytearrays, so their
// behaviour and error messages are str's, as they are in 2.7 (both share
// stringlib). repr is bytearray(b'...') with str's quoting.
//
// No GIL: mutations and multi-step reads hold the object's lock byte
// (core/objlock.h); no Python code runs under it (arguments are converted
// to bytes first).
//
// memoryview and buffer are in memoryview.cc.
#include "objects/bytearray.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "core/gc.h"
#include "core/objlock.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/str_common.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

Type ByteArrayType;

namespace {

ByteArray* ba(Value v) { return v.as<ByteArray>(); }

void reserve(ByteArray* b, int64_t n) {
  if (n <= b->cap) return;
  int64_t cap = n + (n >> 3) + (n < 9 ? 3 : 6);
  char* d = static_cast<char*>(gc_alloc_atomic(static_cast<size_t>(cap)));
  if (b->len) std::memcpy(d, b->data, static_cast<size_t>(b->len));
  b->data = d;
  b->cap = cap;
}

ByteArray* alloc(Type* t) {
  return new_object<ByteArray>(t, t->instance_size > sizeof(ByteArray) ? t->instance_size : sizeof(ByteArray));
}

// The bytes of a str / bytearray / buffer-like argument; false otherwise.
bool bytes_of(Value v, std::string* out) {
  if (is_str(v)) {
    out->assign(v.as<Str>()->view());
    return true;
  }
  if (is_bytearray(v)) {
    ObjLockGuard g(&ba(v)->lock);
    out->assign(ba(v)->view());
    return true;
  }
  return view_bytes(v, out);
}

std::string need_bytes(Value v) {
  std::string s;
  if (!bytes_of(v, &s)) raise_type_error("Type %s doesn't support the buffer API", type_name(v));
  return s;
}

int byte_value(Value v) {
  if (is_str(v) && v.as<Str>()->len == 1) return static_cast<unsigned char>(v.as<Str>()->data[0]);
  Value i = is_int(v) ? v : index_value_opt(v);
  if (i.is_null() || !is_int(i)) raise_type_error("an integer or string of size 1 is required");
  int64_t x = int_value(i);
  if (x < 0 || x > 255) raise_value_error("byte must be in range(0, 256)");
  return static_cast<int>(x);
}

Str* snapshot(Value self) {
  ObjLockGuard g(&ba(self)->lock);
  return str_new(ba(self)->view());
}

// ---- slots ----

// 2.7's bytearray_repr: str's choice of quote, but a single quote is always
// escaped (bytearray(b"it\'s")), and NUL is written \x00.
Value bytearray_repr(Value self) {
  std::string_view b = snapshot(self)->view();
  char quote = '\'';
  for (char c : b) {
    if (c == '"') {
      quote = '\'';
      break;
    }
    if (c == '\'') quote = '"';
  }
  std::string r = "bytearray(b";
  r += quote;
  static const char kHex[] = "0123456789abcdef";
  for (char ch : b) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == '\'' || c == '\\') {
      r += '\\';
      r += static_cast<char>(c);
    } else if (c == '\t') {
      r += "\\t";
    } else if (c == '\n') {
      r += "\\n";
    } else if (c == '\r') {
      r += "\\r";
    } else if (c < ' ' || c >= 0x7f) {
      r += "\\x";
      r += kHex[c >> 4];
      r += kHex[c & 15];
    } else {
      r += static_cast<char>(c);
    }
  }
  r += quote;
  r += ')';
  return Value(str_new(r));
}
Value bytearray_str(Value self) { return Value(snapshot(self)); }
int64_t bytearray_len(Value self) { return __atomic_load_n(&ba(self)->len, __ATOMIC_RELAXED); }

Value bytearray_getitem(Value self, Value key) {
  ByteArray* b = ba(self);
  if (is_slice(key)) {
    ObjLockGuard g(&b->lock);
    int64_t start, stop, step;
    int64_t n = slice_indices(key.as<Slice>(), b->len, &start, &stop, &step);
    std::string out;
    out.reserve(static_cast<size_t>(n));
    for (int64_t k = 0; k < n; ++k) out.push_back(b->data[start + k * step]);
    g.unlock();
    return Value(bytearray_new(out));
  }
  Value idx = is_int(key) ? key : index_value_opt(key);
  if (idx.is_null() || !is_int(idx)) raise_type_error("bytearray indices must be integers");
  int64_t i = int_value(idx);
  int c;
  {
    ObjLockGuard g(&b->lock);
    if (i < 0) i += b->len;
    c = (i < 0 || i >= b->len) ? -1 : static_cast<unsigned char>(b->data[i]);
  }
  if (c < 0) raise_index_error("bytearray index out of range");
  return small_int(c);
}

void ass_slice(ByteArray* b, int64_t lo, int64_t hi, const std::string& src) {
  if (lo < 0) lo = 0;
  if (lo > b->len) lo = b->len;
  if (hi < lo) hi = lo;
  if (hi > b->len) hi = b->len;
  int64_t n = static_cast<int64_t>(src.size()), d = n - (hi - lo);
  reserve(b, b->len + d);
  std::memmove(b->data + hi + d, b->data + hi, static_cast<size_t>(b->len - hi));
  std::memcpy(b->data + lo, src.data(), static_cast<size_t>(n));
  b->len += d;
}

std::string ints_to_bytes(Value v) {
  std::string s;
  if (bytes_of(v, &s)) return s;
  if (is_int(v)) return std::string(static_cast<size_t>(std::max<int64_t>(0, int_value(v))), '\0');
  Value it = iter(v);
  for (Value x = next(it); !x.is_null(); x = next(it)) {
    if (is_str(x)) raise_type_error("an integer or string of size 1 is required");
    s.push_back(static_cast<char>(byte_value(x)));
  }
  return s;
}

void bytearray_setitem(Value self, Value key, Value v) {
  ByteArray* b = ba(self);
  if (is_slice(key)) {
    std::string src;
    if (!v.is_null()) {
      if (is_int(v)) raise_type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      src = ints_to_bytes(v);
    }
    ObjLockGuard g(&b->lock);
    int64_t start, stop, step;
    int64_t n = slice_indices(key.as<Slice>(), b->len, &start, &stop, &step);
    if (step == 1) {
      ass_slice(b, start, start + n, src);
      return;
    }
    if (v.is_null()) {
      if (step < 0) {
        start = start + step * (n - 1);
        step = -step;
      }
      std::string keep;
      for (int64_t i = 0; i < b->len; ++i)
        if (!(i >= start && (i - start) % step == 0 && (i - start) / step < n)) keep.push_back(b->data[i]);
      std::memcpy(b->data, keep.data(), keep.size());
      b->len = static_cast<int64_t>(keep.size());
      return;
    }
    if (static_cast<int64_t>(src.size()) != n) {
      g.unlock();
      raise_value_error("attempt to assign bytes of size %zu to extended slice of size %lld", src.size(),
                        static_cast<long long>(n));
    }
    for (int64_t k = 0; k < n; ++k) b->data[start + k * step] = src[k];
    return;
  }
  Value idx = is_int(key) ? key : index_value_opt(key);
  if (idx.is_null() || !is_int(idx)) raise_type_error("bytearray indices must be integers");
  int64_t i = int_value(idx);
  int c = v.is_null() ? 0 : byte_value(v);
  bool bad;
  {
    ObjLockGuard g(&b->lock);
    if (i < 0) i += b->len;
    bad = i < 0 || i >= b->len;
    if (!bad) {
      if (v.is_null()) {
        std::memmove(b->data + i, b->data + i + 1, static_cast<size_t>(b->len - i - 1));
        b->len--;
      } else {
        b->data[i] = static_cast<char>(c);
      }
    }
  }
  if (bad) raise_index_error("bytearray index out of range");
}

int bytearray_contains(Value self, Value x) {
  std::string_view hay = snapshot(self)->view();
  if (is_int(x) || (!is_str(x) && !is_bytearray(x) && !index_value_opt(x).is_null())) {
    int c = byte_value(is_int(x) ? x : index_value_opt(x));
    return hay.find(static_cast<char>(c)) != std::string_view::npos;
  }
  std::string needle = need_bytes(x);
  return hay.find(needle) != std::string_view::npos;
}

Value bytearray_richcompare(Value a, Value b, CompareOp op) {
  std::string x, y;
  if (!bytes_of(a, &x) || !bytes_of(b, &y)) return NotImplemented();
  int c = x.compare(y);
  return from_bool(cmp_small(c < 0 ? -1 : c > 0, 0, op));
}

Value bytearray_add(Value a, Value b) {
  std::string x, y;
  if (!bytes_of(a, &x)) return NotImplemented();
  // 2.7's bytearray_concat names the operands in order (b += x names x first).
  if (!bytes_of(b, &y)) raise_type_error("can't concat %s to %s", type_name(a), type_name(b));
  return Value(bytearray_new(x + y));
}

Value bytearray_iadd(Value a, Value b) {
  std::string y;
  if (!bytes_of(b, &y)) raise_type_error("can't concat %s to %s", type_name(b), type_name(a));
  ByteArray* x = ba(a);
  ObjLockGuard g(&x->lock);
  reserve(x, x->len + static_cast<int64_t>(y.size()));
  std::memcpy(x->data + x->len, y.data(), y.size());
  x->len += static_cast<int64_t>(y.size());
  return a;
}

Value bytearray_mul(Value a, Value b) {
  if (!is_bytearray(a)) std::swap(a, b);
  int64_t n;
  if (!is_bytearray(a) || !strargs::repeat_count(b, &n)) return NotImplemented();
  std::string x(snapshot(a)->view()), out;
  strargs::check_repeat_size(static_cast<int64_t>(x.size()), n, 1);
  for (int64_t k = n; k > 0; --k) out += x;
  return Value(bytearray_new(out));
}

Value bytearray_imul(Value a, Value b) {
  int64_t n;
  if (!strargs::repeat_count(b, &n)) return NotImplemented();
  ByteArray* x = ba(a);
  ObjLockGuard g(&x->lock);
  std::string one(x->view()), out;
  strargs::check_repeat_size(static_cast<int64_t>(one.size()), n, 1);
  for (int64_t k = n; k > 0; --k) out += one;
  x->len = 0;
  reserve(x, static_cast<int64_t>(out.size()));
  std::memcpy(x->data, out.data(), out.size());
  x->len = static_cast<int64_t>(out.size());
  return a;
}

Value bytearray_tp_new(Value callee, const Value*, size_t, Tuple*) { return Value(alloc(callee.as<Type>())); }

Value bytearray_tp_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value src = nargs > 0 ? args[0] : Value();
  Value encoding = nargs > 1 ? args[1] : Value();
  Value errors = nargs > 2 ? args[2] : Value();
  if (nargs > 3) raise_type_error("bytearray() takes at most 3 arguments (%zu given)", nargs);
  if (kw) {
    for (int64_t k = 0; k < kw->len; ++k) {
      std::string_view n = kw->items[k].as<Str>()->view();
      if (n == "source") src = args[nargs + k];
      else if (n == "encoding") encoding = args[nargs + k];
      else if (n == "errors") errors = args[nargs + k];
      else raise_type_error("'%s' is an invalid keyword argument for this function", kw->items[k].as<Str>()->data);
    }
  }
  std::string bytes;
  if (src.is_null()) {
    if (!encoding.is_null()) raise_type_error("encoding or errors without sequence argument");
  } else if (type_of(src)->flags & kTypeUnicodeSubclass) {
    if (encoding.is_null()) raise_type_error("unicode argument without an encoding");
    Value args2[] = {encoding, errors};
    Value enc = call_method_v(src, str_intern("encode"), args2, errors.is_null() ? 1 : 2);
    bytes = need_bytes(enc);
  } else {
    if (!encoding.is_null()) raise_type_error("encoding or errors without a string argument");
    if (is_int(src) && int_value(src) < 0) raise_value_error("negative count");
    bytes = ints_to_bytes(src);
  }
  ByteArray* b = ba(self);
  ObjLockGuard g(&b->lock);
  b->len = 0;
  reserve(b, static_cast<int64_t>(bytes.size()));
  std::memcpy(b->data, bytes.data(), bytes.size());
  b->len = static_cast<int64_t>(bytes.size());
  return None();
}

Value bytearray_iter(Value self) {
  // A snapshot-free index iterator: items are read through getitem.
  List* l = list_new();
  Str* s = snapshot(self);
  for (int64_t i = 0; i < s->len; ++i) list_append(l, small_int(static_cast<unsigned char>(s->data[i])));
  return iter(Value(l));
}

// ---- mutating methods ----

// b.__alloc__(): bytes allocated. 2.7 keeps room for a trailing NUL, so a
// non-empty bytearray reports at least len + 1.
Value m_alloc(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__alloc__", nargs, 0, 0);
  ByteArray* b = self.as<ByteArray>();
  if (b->cap == 0) return small_int(0);
  return small_int(b->cap > b->len ? b->cap : b->len + 1);
}

Value m_append(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("append", kw);
  check_nargs("append", nargs, 1, 1);
  int c = byte_value(args[0]);
  ByteArray* b = ba(self);
  ObjLockGuard g(&b->lock);
  reserve(b, b->len + 1);
  b->data[b->len++] = static_cast<char>(c);
  return None();
}

Value m_extend(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("extend", kw);
  check_nargs("extend", nargs, 1, 1);
  std::string add = ints_to_bytes(args[0]);
  bytearray_iadd(self, Value(str_new(add)));
  return None();
}

Value m_insert(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("insert", kw);
  check_nargs("insert", nargs, 2, 2);
  int64_t i = slice_bound(args[0]);
  int c = byte_value(args[1]);
  ByteArray* b = ba(self);
  ObjLockGuard g(&b->lock);
  if (i < 0) {
    i += b->len;
    if (i < 0) i = 0;
  }
  if (i > b->len) i = b->len;
  reserve(b, b->len + 1);
  std::memmove(b->data + i + 1, b->data + i, static_cast<size_t>(b->len - i));
  b->data[i] = static_cast<char>(c);
  b->len++;
  return None();
}

Value m_pop(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("pop", kw);
  check_nargs("pop", nargs, 0, 1);
  int64_t i = nargs ? slice_bound(args[0]) : -1;
  ByteArray* b = ba(self);
  ObjLockGuard g(&b->lock);
  if (b->len == 0) {
    g.unlock();
    raise_msg(&IndexErrorType, "pop from empty bytearray");
  }
  if (i < 0) i += b->len;
  if (i < 0 || i >= b->len) {
    g.unlock();
    raise_index_error("pop index out of range");
  }
  int c = static_cast<unsigned char>(b->data[i]);
  std::memmove(b->data + i, b->data + i + 1, static_cast<size_t>(b->len - i - 1));
  b->len--;
  return small_int(c);
}

Value m_remove(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("remove", kw);
  check_nargs("remove", nargs, 1, 1);
  int c = byte_value(args[0]);
  ByteArray* b = ba(self);
  ObjLockGuard g(&b->lock);
  for (int64_t i = 0; i < b->len; ++i) {
    if (static_cast<unsigned char>(b->data[i]) == c) {
      std::memmove(b->data + i, b->data + i + 1, static_cast<size_t>(b->len - i - 1));
      b->len--;
      return None();
    }
  }
  g.unlock();
  raise_value_error("value not found in bytearray");
}

Value m_reverse(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_no_kwargs("reverse", kw);
  check_nargs("reverse", nargs, 0, 0);
  ByteArray* b = ba(self);
  ObjLockGuard g(&b->lock);
  std::reverse(b->data, b->data + b->len);
  return None();
}

Value m_fromhex(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("fromhex", nargs, 1, 1);
  if (!is_str(args[0]) && !(type_of(args[0])->flags & kTypeUnicodeSubclass))
    raise_type_error("fromhex() argument 1 must be unicode, not %s", type_name(args[0]));
  std::string s(to_str(args[0])->view()), out;
  auto hex = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (size_t i = 0; i < s.size();) {
    if (s[i] == ' ') {
      ++i;
      continue;
    }
    int hi = hex(s[i]), lo = i + 1 < s.size() ? hex(s[i + 1]) : -1;
    if (hi < 0 || lo < 0) raise_value_error("non-hexadecimal number found in fromhex() arg at position %zu", hi < 0 ? i : i + 1);
    out.push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  return Value(bytearray_new(out));
}

// ---- the text methods: str's, on a copy ----

Value back(Value r) {
  if (is_str(r)) return Value(bytearray_new(r.as<Str>()->view()));
  if (is_list(r)) {
    List* l = r.as<List>();
    for (int64_t i = 0; i < l->len; ++i) l->items[i] = back(l->items[i]);
    return r;
  }
  if (is_tuple(r)) {
    Tuple* t = r.as<Tuple>();
    Tuple* n = tuple_new(t->len);
    for (int64_t i = 0; i < t->len; ++i) n->items[i] = back(t->items[i]);
    return Value(n);
  }
  return r;
}

Value delegate(const char* name, bool convert_result, Value self, const Value* args, size_t nargs, Tuple* kw) {
  size_t total = nargs + (kw ? kw->len : 0);
  std::vector<Value> a(args, args + total);
  for (Value& v : a)
    if (is_bytearray(v)) v = Value(snapshot(v));
  Value r = call_method_v(Value(snapshot(self)), str_intern(name), a.data(), nargs, kw);
  return convert_result ? back(r) : r;
}

#define PT_BA_TEXT(NAME)                                                           \
  Value t_##NAME(Value self, const Value* args, size_t nargs, Tuple* kw) {        \
    return delegate(#NAME, true, self, args, nargs, kw);                            \
  }
#define PT_BA_PLAIN(NAME)                                                          \
  Value t_##NAME(Value self, const Value* args, size_t nargs, Tuple* kw) {        \
    return delegate(#NAME, false, self, args, nargs, kw);                           \
  }
PT_BA_TEXT(capitalize) PT_BA_TEXT(center) PT_BA_TEXT(expandtabs) PT_BA_TEXT(ljust) PT_BA_TEXT(lower)
PT_BA_TEXT(lstrip) PT_BA_TEXT(partition) PT_BA_TEXT(replace) PT_BA_TEXT(rjust) PT_BA_TEXT(rpartition)
PT_BA_TEXT(rsplit) PT_BA_TEXT(rstrip) PT_BA_TEXT(split) PT_BA_TEXT(splitlines) PT_BA_TEXT(strip)
PT_BA_TEXT(swapcase) PT_BA_TEXT(title) PT_BA_TEXT(translate) PT_BA_TEXT(upper) PT_BA_TEXT(zfill)
PT_BA_PLAIN(count) PT_BA_PLAIN(decode) PT_BA_PLAIN(endswith) PT_BA_PLAIN(find) PT_BA_PLAIN(index)
PT_BA_PLAIN(isalnum) PT_BA_PLAIN(isalpha) PT_BA_PLAIN(isdigit) PT_BA_PLAIN(islower) PT_BA_PLAIN(isspace)
PT_BA_PLAIN(istitle) PT_BA_PLAIN(isupper) PT_BA_PLAIN(rfind) PT_BA_PLAIN(rindex) PT_BA_PLAIN(startswith)

Value t_join(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("join", kw);
  check_nargs("join", nargs, 1, 1);
  std::string sep(snapshot(self)->view()), out;
  Value it = iter(args[0]);
  int64_t i = 0;
  for (Value x = next(it); !x.is_null(); x = next(it), ++i) {
    std::string part;
    if (!bytes_of(x, &part))
      raise_type_error("can only join an iterable of bytes (item %lld has type '%s')", static_cast<long long>(i), type_name(x));
    if (i) out += sep;
    out += part;
  }
  return Value(bytearray_new(out));
}


void register_bytearray() {
  Type& t = ByteArrayType;
  t.name = "bytearray";
  t.flags = kTypeBaseOk;
  t.instance_size = sizeof(ByteArray);
  t.repr = bytearray_repr;
  t.str = bytearray_str;
  t.len = bytearray_len;
  t.hash = hash_unhashable;
  t.getitem = bytearray_getitem;
  t.setitem = bytearray_setitem;
  t.contains = bytearray_contains;
  t.richcompare = bytearray_richcompare;
  t.iter = bytearray_iter;
  t.nb[kNbAdd] = bytearray_add;
  t.nb[kNbMul] = bytearray_mul;
  t.nb_inplace[kNbAdd] = bytearray_iadd;
  t.nb_inplace[kNbMul] = bytearray_imul;
  t.tp_new = bytearray_tp_new;
  t.tp_init = bytearray_tp_init;
  type_ready(&t, {
      {"__alloc__", m_alloc},
      {"append", m_append}, {"capitalize", t_capitalize}, {"center", t_center}, {"count", t_count},
      {"decode", t_decode}, {"endswith", t_endswith}, {"expandtabs", t_expandtabs}, {"extend", m_extend},
      {"find", t_find}, {"fromhex", m_fromhex}, {"index", t_index}, {"insert", m_insert},
      {"isalnum", t_isalnum}, {"isalpha", t_isalpha}, {"isdigit", t_isdigit}, {"islower", t_islower},
      {"isspace", t_isspace}, {"istitle", t_istitle}, {"isupper", t_isupper}, {"join", t_join},
      {"ljust", t_ljust}, {"lower", t_lower}, {"lstrip", t_lstrip}, {"partition", t_partition},
      {"pop", m_pop}, {"remove", m_remove}, {"replace", t_replace}, {"reverse", m_reverse},
      {"rfind", t_rfind}, {"rindex", t_rindex}, {"rjust", t_rjust}, {"rpartition", t_rpartition},
      {"rsplit", t_rsplit}, {"rstrip", t_rstrip}, {"split", t_split}, {"splitlines", t_splitlines},
      {"startswith", t_startswith}, {"strip", t_strip}, {"swapcase", t_swapcase}, {"title", t_title},
      {"translate", t_translate}, {"upper", t_upper}, {"zfill", t_zfill},
  });
  type_hide_wrappers(&t, {"__radd__"});  // sq_concat in 2.7
}
TypeRegistrar reg(register_bytearray);

}  // namespace

ByteArray* bytearray_new(std::string_view bytes) {
  ByteArray* b = alloc(&ByteArrayType);
  reserve(b, static_cast<int64_t>(bytes.size()));
  if (!bytes.empty()) std::memcpy(b->data, bytes.data(), bytes.size());
  b->len = static_cast<int64_t>(bytes.size());
  return b;
}

}  // namespace pytrans::rt
