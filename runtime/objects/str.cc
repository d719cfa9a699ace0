// SPDX-License-Identifier: Apache-2.0
// str: immutable byte strings.
//
// Layout: header, cached hash (-1 = not yet computed), length, then the bytes
// and a NUL inline. Plain str objects hold no pointers, so they are
// allocated atomic; the dict field exists only for subclass instances.
// One-byte strings are cached, and str_intern keeps one object per text for
// identifiers and constants (attribute names, dict keys of globals), so those
// compare by pointer first.
#include "objects/str.h"

#include <cstring>
#include <mutex>
#include <unordered_map>

#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/exceptions.h"
#include "internal/hashing.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str_common.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode.h"

namespace pytrans::rt {

Type StrType;

Str* str_alloc(size_t len) {
  Str* s = static_cast<Str*>(gc_alloc_atomic(offsetof(Str, data) + len + 1));
  s->type = &StrType;
  s->hash = -1;
  s->len = static_cast<int64_t>(len);
  s->dict = nullptr;
  s->data[len] = '\0';
  return s;
}

Str* str_from_char(unsigned char c) {
  static Str* cache[256];
  Str* s = __atomic_load_n(&cache[c], __ATOMIC_ACQUIRE);
  if (!s) {
    s = static_cast<Str*>(gc_alloc_uncollectable(offsetof(Str, data) + 2));
    s->type = &StrType;
    s->hash = -1;
    s->len = 1;
    s->data[0] = static_cast<char>(c);
    s->data[1] = '\0';
    __atomic_store_n(&cache[c], s, __ATOMIC_RELEASE);
  }
  return s;
}

Str* str_new(const char* data, size_t len) {
  if (len == 1) return str_from_char(static_cast<unsigned char>(data[0]));
  Str* s = str_alloc(len);
  std::memcpy(s->data, data, len);
  return s;
}

Str* str_intern_locked(const char* data, size_t len);

namespace {
struct InternTable {
  std::mutex mu;
  std::unordered_map<std::string_view, Str*>* map = new std::unordered_map<std::string_view, Str*>();
};
InternTable& intern_table() {
  static InternTable* t = new InternTable();
  return *t;
}
}  // namespace

Str* str_intern(const char* data, size_t len) {
  // Runtime code interns the same literals over and over (special method
  // names on every slot call): a small per-thread cache keyed by the
  // caller's pointer, verified by content, skips the table's mutex.
  struct CacheSlot {
    const char* p;
    Str* s;
  };
  static thread_local CacheSlot cache[512];
  CacheSlot& slot = cache[(reinterpret_cast<uintptr_t>(data) >> 2) & 511];
  if (slot.p == data && slot.s && static_cast<size_t>(slot.s->len) == len &&
      std::memcmp(slot.s->data, data, len) == 0)
    return slot.s;
  Str* found = str_intern_locked(data, len);
  slot.p = data;
  slot.s = found;
  return found;
}

Str* str_intern_locked(const char* data, size_t len) {
  InternTable& t = intern_table();
  std::lock_guard<std::mutex> lock(t.mu);
  auto it = t.map->find(std::string_view(data, len));
  if (it != t.map->end()) return it->second;
  Str* s = static_cast<Str*>(gc_alloc_uncollectable(offsetof(Str, data) + len + 1));
  s->type = &StrType;
  s->len = static_cast<int64_t>(len);
  std::memcpy(s->data, data, len);
  s->data[len] = '\0';
  s->hash = -1;
  s->dict = nullptr;
  str_hash(s);
  t.map->emplace(s->view(), s);
  return s;
}

int64_t str_hash(Str* s) {
  if (s->hash != -1) return s->hash;
  int64_t h = internal::hash_bytes(reinterpret_cast<const unsigned char*>(s->data), s->len);
  s->hash = h;
  return h;
}

Str* str_concat(Str* a, Str* b) {
  if (a->len == 0 && a->type == &StrType) return b;
  if (b->len == 0 && b->type == &StrType) return a;
  Str* s = str_alloc(a->len + b->len);
  std::memcpy(s->data, a->data, a->len);
  std::memcpy(s->data + a->len, b->data, b->len);
  return s;
}

std::string str_repr_bytes(std::string_view s) {
  char quote = '\'';
  if (s.find('\'') != std::string_view::npos && s.find('"') == std::string_view::npos) quote = '"';
  std::string out;
  out.reserve(s.size() + 2);
  out += quote;
  static const char hex[] = "0123456789abcdef";
  for (unsigned char c : s) {
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7f) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  return out;
}

namespace {

Value str_repr(Value v) { return Value(str_new(str_repr_bytes(v.as<Str>()->view()))); }
Value str_str(Value v) {
  if (v.obj()->type == &StrType) return v;
  return Value(str_new(v.as<Str>()->view()));
}
int64_t str_hash_slot(Value v) { return str_hash(v.as<Str>()); }
int64_t str_len(Value v) { return v.as<Str>()->len; }

Value str_richcompare(Value a, Value b, CompareOp op) {
  if (!is_str(b)) return NotImplemented();
  Str* x = a.as<Str>();
  Str* y = b.as<Str>();
  if (op == kEq) return from_bool(str_eq(x, y));
  if (op == kNe) return from_bool(!str_eq(x, y));
  int c = x->view().compare(y->view());
  return from_bool(cmp_small(c, 0, op));
}

Value str_add(Value a, Value b) {
  if (!is_str(a) || !is_str(b)) return NotImplemented();
  return Value(str_concat(a.as<Str>(), b.as<Str>()));
}

Value str_repeat(Str* s, int64_t n) {
  if (n <= 0 || s->len == 0) return Value(str_new("", 0));
  if (n == 1 && s->type == &StrType) return Value(s);
  if (s->len > INT64_MAX / n) raise_overflow("repeated string is too long");
  strargs::check_repeat_size(s->len, n, 1);
  Str* r = str_alloc(s->len * n);
  for (int64_t i = 0; i < n; ++i) std::memcpy(r->data + i * s->len, s->data, s->len);
  return Value(r);
}

// s * n: n may be any integer (__index__); a long too big for a C ssize_t
// raises OverflowError "cannot fit 'long' into an index-sized integer".
Value str_mul(Value a, Value b) {
  Value s = is_str(a) ? a : b, n = is_str(a) ? b : a;
  if (!is_str(s)) return NotImplemented();
  bool big;
  n = strargs::index_int(n, &big);
  if (n.is_null()) return NotImplemented();
  if (big) raise_overflow("cannot fit 'long' into an index-sized integer");
  return str_repeat(s.as<Str>(), int_value(n));
}

int str_contains(Value self, Value item) {
  if (is_unicode(item))
    return unicode_from_str(self.as<Str>())->view().find(item.as<Unicode>()->view()) != std::u32string_view::npos;
  if (!is_str(item))
    raise_type_error("'in <string>' requires string as left operand, not %s", type_name(item));
  return self.as<Str>()->view().find(item.as<Str>()->view()) != std::string_view::npos;
}

int str_nonzero(Value v) { return v.as<Str>()->len != 0; }

}  // namespace

Value str_mod(Value a, Value b);         // str_format.cc: the % operator
Value str_getitem(Value self, Value key);  // str_methods.cc
Value str_iter(Value self);                // str_methods.cc
Value str_new_fn(Value callee, const Value* args, size_t nargs, Tuple* kw);
void register_str_methods(Type* t);       // str_methods.cc

namespace {

void register_str() {
  StrType.name = "str";
  StrType.base = &BaseStringType;
  StrType.flags = kTypeStrSubclass | kTypeBaseOk;
  StrType.instance_size = sizeof(Str);
  StrType.repr = str_repr;
  StrType.str = str_str;
  StrType.hash = str_hash_slot;
  StrType.len = str_len;
  StrType.richcompare = str_richcompare;
  StrType.nb[kNbAdd] = str_add;
  StrType.nb[kNbMul] = str_mul;
  StrType.nb[kNbMod] = str_mod;
  StrType.contains = str_contains;
  StrType.nonzero = str_nonzero;
  StrType.getitem = str_getitem;
  StrType.iter = str_iter;
  StrType.tp_new = str_new_fn;
  register_str_methods(&StrType);
  // 2.7's str iterates and tests truth through the sequence protocol, and
  // concatenation is sq_concat (no __radd__).
  type_hide_wrappers(&StrType, {"__iter__", "__nonzero__", "__radd__"});
}
TypeRegistrar reg(register_str);

}  // namespace
}  // namespace pytrans::rt
