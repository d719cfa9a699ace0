// SPDX-License-Identifier: Apache-2.0
// memoryview and buffer: 2.7's two views of another object's bytes.
//
// Both keep the viewed object plus an offset and a size and read its bytes
// when used, so a view of a bytearray sees later changes (as a 2.7 view
// does).
//
// memoryview (the "new" buffer protocol) views str, bytearray and other
// memoryviews. Items are one-character strs; slices with step 1 are views of
// the same object (a slice of a view of a bytearray writes through); other
// steps raise NotImplementedError, as 2.7's one-dimensional memoryview does.
// A view of a bytearray is writable, item by item or by a slice of the same
// length. It has no str(): str(m) is its repr, `<memory at 0x...>`. == and !=
// compare the bytes with anything that has the new buffer protocol.
//
// buffer (the "old" read-only buffer) views str, unicode (its UCS4 bytes, as
// in a wide build), bytearray and buffer; not memoryview, which has no old
// buffer interface in 2.7 (buffer(memoryview(...)) is a TypeError).
// Slices and items are strs, + and * make strs, it hashes like the str of its
// bytes and compares (all six operators) only with other buffers.
//
// Not reproduced: 2.7's BufferError when a bytearray with a live memoryview
// is resized. Views are released by the GC here, not when the last
// reference goes, so there is no reliable export count to check.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>

#include "builtins/kwargs.h"
#include "core/gc.h"
#include "core/objlock.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/memoryview.h"

#include "objects/bytearray.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/long.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/str_common.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode.h"

namespace pytrans::rt {

Type MemoryViewType, BufferType;

namespace {

struct View : Object {
  Value obj;       // a str, bytearray or unicode (never another view)
  int64_t offset;  // >= 0
  int64_t size;    // -1: to the end of obj
};

bool is_memoryview(Value v) { return !v.is_small_int() && v.obj()->type == &MemoryViewType; }
bool is_buffer(Value v) { return !v.is_small_int() && v.obj()->type == &BufferType; }

// All the bytes of a viewed object.
std::string base_bytes(Value obj) {
  if (is_str(obj)) return std::string(obj.as<Str>()->view());
  if (is_bytearray(obj)) {
    ByteArray* b = obj.as<ByteArray>();
    ObjLockGuard g(&b->lock);
    return std::string(b->view());
  }
  // unicode, seen through buffer(): the UCS4 code units, little-endian.
  std::u32string_view u = obj.as<Unicode>()->view();
  std::string out;
  out.reserve(u.size() * 4);
  for (char32_t c : u)
    for (int k = 0; k < 4; ++k) out.push_back(static_cast<char>((static_cast<uint32_t>(c) >> (8 * k)) & 0xff));
  return out;
}

// The window [offset, offset + size) of a base of `total` bytes, clamped.
void window(const View* w, int64_t total, int64_t* start, int64_t* n) {
  *start = w->offset < total ? w->offset : total;
  *n = total - *start;
  if (w->size >= 0 && w->size < *n) *n = w->size;
}

std::string bytes_of_view(Value v) {
  View* w = v.as<View>();
  std::string all = base_bytes(w->obj);
  int64_t start, n;
  window(w, static_cast<int64_t>(all.size()), &start, &n);
  return all.substr(static_cast<size_t>(start), static_cast<size_t>(n));
}

Value view_new(Type* t, Value obj, int64_t offset, int64_t size) {
  View* w = new_object<View>(t);
  w->obj = obj;
  w->offset = offset;
  w->size = size;
  return Value(w);
}

// ---- construction ----

Value memoryview_tp_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  internal::KwArgs p("memoryview", args, nargs, kw, {"object"}, 1);
  Value obj = p.get(0);
  p.finish();
  if (is_memoryview(obj) || is_buffer(obj)) {
    View* w = obj.as<View>();  // a view of a view sees the same window
    return view_new(&MemoryViewType, w->obj, w->offset, w->size);
  }
  if (!is_str(obj) && !is_bytearray(obj))
    raise_type_error("cannot make memory view because object does not have the buffer interface");
  return view_new(&MemoryViewType, obj, 0, -1);
}

Value buffer_tp_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->len) raise_type_error("buffer() does not take keyword arguments");
  if (nargs < 1 || nargs > 3)
    raise_type_error("buffer() takes %s %d argument%s (%zu given)", nargs < 1 ? "at least" : "at most",
                     nargs < 1 ? 1 : 3, nargs < 1 ? "" : "s", nargs);
  int64_t off = nargs > 1 ? strargs::ssize_arg(args[1]) : 0;
  int64_t size = nargs > 2 ? strargs::ssize_arg(args[2]) : -1;
  if (off < 0) raise_value_error("offset must be zero or positive");
  if (size < -1) raise_value_error("size must be zero or positive");
  Value obj = args[0];
  if (is_buffer(obj)) {
    // A buffer of a buffer views the same object, the windows combined.
    View* w = obj.as<View>();
    if (w->size >= 0) {
      int64_t left = off < w->size ? w->size - off : 0;  // what the outer window leaves
      if (size < 0 || size > left) size = left;
    }
    return view_new(&BufferType, w->obj, w->offset + off, size);
  }
  if (!is_str(obj) && !is_bytearray(obj) && !is_unicode(obj)) raise_type_error("buffer object expected");
  return view_new(&BufferType, obj, off, size);
}

// ---- memoryview ----

int64_t view_len(Value v) { return static_cast<int64_t>(bytes_of_view(v).size()); }

// A Python index into n items, or raises 2.7's messages.
int64_t item_index(Value v, Value key, int64_t n) {
  bool mv = is_memoryview(v);
  bool big;
  Value k = strargs::index_int(key, &big);
  if (k.is_null()) {
    if (mv) raise_type_error("cannot index memory using \"%s\"", type_name(key));
    raise_type_error("sequence index must be integer");
  }
  // A memoryview clamps a huge index (then out of bounds); buffer refuses it.
  if (big) raise_index_error(mv ? "index out of bounds" : "cannot fit 'long' into an index-sized integer");
  int64_t i = int_value(k);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise_index_error(mv ? "index out of bounds" : "buffer index out of range");
  return i;
}

Value view_getitem(Value v, Value key) {
  std::string b = bytes_of_view(v);
  int64_t n = static_cast<int64_t>(b.size());
  if (is_slice(key)) {
    int64_t start, stop, step;
    int64_t len = slice_indices(key.as<Slice>(), n, &start, &stop, &step);
    if (is_memoryview(v)) {
      if (step != 1) raise_fmt(&NotImplementedErrorType, "%s", "");
      View* w = v.as<View>();
      return view_new(&MemoryViewType, w->obj, w->offset + start, len);
    }
    std::string out;
    for (int64_t k = 0; k < len; ++k) out.push_back(b[static_cast<size_t>(start + k * step)]);
    return Value(str_new(out));
  }
  int64_t i = item_index(v, key, n);
  return Value(str_from_char(static_cast<unsigned char>(b[static_cast<size_t>(i)])));
}

// Bytes of a value assigned into a memoryview: anything with the new buffer
// protocol.
std::string assigned_bytes(Value x) {
  if (is_memoryview(x)) return bytes_of_view(x);
  if (is_str(x) || is_bytearray(x)) return base_bytes(x);
  raise_type_error("'%s' does not have the buffer interface", type_name(x));
}

void memoryview_setitem(Value v, Value key, Value x) {
  View* w = v.as<View>();
  if (!is_bytearray(w->obj)) raise_type_error("cannot modify read-only memory");
  if (x.is_null()) raise_type_error("cannot delete memory");
  int64_t n = view_len(v), start, len;
  if (is_slice(key)) {
    int64_t stop, step;
    len = slice_indices(key.as<Slice>(), n, &start, &stop, &step);
    if (step != 1) raise_fmt(&NotImplementedErrorType, "%s", "");
  } else {
    start = item_index(v, key, n);
    len = 1;
  }
  std::string src = assigned_bytes(x);
  if (static_cast<int64_t>(src.size()) != len) raise_value_error("cannot modify size of memoryview object");
  ByteArray* b = w->obj.as<ByteArray>();
  ObjLockGuard g(&b->lock);
  int64_t base, avail;
  window(w, b->len, &base, &avail);
  if (start + len > avail) raise_index_error("index out of bounds");  // the bytearray shrank meanwhile
  if (len) std::memcpy(b->data + base + start, src.data(), static_cast<size_t>(len));
}

Value memoryview_richcompare(Value a, Value b, CompareOp op) {
  if ((op != kEq && op != kNe) || !(is_memoryview(b) || is_buffer(b) || is_str(b) || is_bytearray(b)))
    return NotImplemented();
  bool eq = bytes_of_view(a) == (is_memoryview(b) || is_buffer(b) ? bytes_of_view(b) : base_bytes(b));
  return from_bool(eq == (op == kEq));
}

Value memoryview_repr(Value v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "<memory at %p>", static_cast<void*>(v.obj()));
  return Value(str_new(buf, std::strlen(buf)));
}

Value mv_tobytes(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_no_kwargs("tobytes", kw);
  if (nargs) raise_type_error("tobytes() takes no arguments (%zu given)", nargs);
  return Value(str_new(bytes_of_view(self)));
}

Value mv_tolist(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_no_kwargs("tolist", kw);
  if (nargs) raise_type_error("tolist() takes no arguments (%zu given)", nargs);
  List* l = list_new();
  for (unsigned char c : bytes_of_view(self)) list_append(l, small_int(c));
  return Value(l);
}

Value memoryview_getattr(Value self, Str* name) {
  std::string_view n = name->view();
  // itemsize, ndim, shape and strides are longs in 2.7.
  if (n == "readonly") return from_bool(!is_bytearray(self.as<View>()->obj));
  if (n == "itemsize") return long_from_i64(1);
  if (n == "ndim") return long_from_i64(1);
  if (n == "format") return Value(str_intern("B"));
  if (n == "shape") return Value(tuple_of({long_from_i64(view_len(self))}));
  if (n == "strides") return Value(tuple_of({long_from_i64(1)}));
  if (n == "suboffsets") return None();
  return generic_getattr(self, name);
}

// ---- buffer ----

Value buffer_str(Value v) { return Value(str_new(bytes_of_view(v))); }

Value buffer_repr(Value v) {
  View* w = v.as<View>();
  char buf[160];
  std::snprintf(buf, sizeof buf, "<read-only buffer for %p, size %lld, offset %lld at %p>",
                static_cast<void*>(w->obj.obj()), static_cast<long long>(w->size),
                static_cast<long long>(w->offset), static_cast<void*>(w));
  return Value(str_new(buf, std::strlen(buf)));
}

void buffer_setitem(Value, Value, Value) { raise_type_error("buffer is read-only"); }

int64_t buffer_hash(Value v) { return str_hash(str_new(bytes_of_view(v))); }

Value buffer_richcompare(Value a, Value b, CompareOp op) {
  if (!is_buffer(b)) return NotImplemented();
  int c = bytes_of_view(a).compare(bytes_of_view(b));
  return from_bool(cmp_small(c < 0 ? -1 : c > 0, 0, op));
}

// buffer + x: the bytes of both as a str; x needs the old buffer protocol.
// An empty buffer gives x itself, whatever it is (2.7's buffer_concat).
Value buffer_add(Value a, Value b) {
  if (!is_buffer(a)) return NotImplemented();
  std::string out = bytes_of_view(a);
  if (out.empty() && (is_buffer(b) || is_str(b) || is_bytearray(b) || is_unicode(b))) return b;
  if (is_buffer(b)) out += bytes_of_view(b);
  else if (is_str(b) || is_bytearray(b) || is_unicode(b)) out += base_bytes(b);
  else raise_type_error("bad argument type for built-in operation");
  return Value(str_new(out));
}

Value buffer_mul(Value a, Value b) {
  Value count = is_buffer(a) ? b : a;
  Value buf = is_buffer(a) ? a : b;
  bool big;
  Value c = strargs::index_int(count, &big);
  if (c.is_null()) raise_type_error("can't multiply sequence by non-int of type '%s'", type_name(count));
  if (big) raise_overflow("cannot fit 'long' into an index-sized integer");
  int64_t n = int_value(c);
  std::string one = bytes_of_view(buf), out;
  for (int64_t k = 0; k < n; ++k) out += one;
  return Value(str_new(out));
}

Value buffer_cmp_m(Value self, const Value* args, size_t nargs, Tuple*) {
  return type_cmp_via_richcompare(&BufferType, self, args, nargs);
}
// b.__getslice__(i, j) and friends, with 2.7's sq_slice clamping of bounds.
Slice* buffer_clamped_slice(Value self, const Value* args) {
  int64_t n = view_len(self);
  int64_t lo = strargs::ssize_arg(args[0]), hi = strargs::ssize_arg(args[1]);
  lo = lo < 0 ? 0 : lo > n ? n : lo;
  hi = hi < 0 ? 0 : hi > n ? n : hi;
  return slice_new(small_int(lo), small_int(hi), None());
}
Value buffer_getslice_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__getslice__", nargs, 2, 2);
  return view_getitem(self, Value(buffer_clamped_slice(self, args)));
}
Value buffer_setslice_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__setslice__", nargs, 3, 3);
  buffer_setitem(self, Value(buffer_clamped_slice(self, args)), args[2]);
  return None();
}
Value buffer_delslice_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__delslice__", nargs, 2, 2);
  buffer_setitem(self, Value(buffer_clamped_slice(self, args)), Value());
  return None();
}

void register_views() {
  MemoryViewType.name = "memoryview";
  MemoryViewType.tp_new = memoryview_tp_new;
  MemoryViewType.repr = memoryview_repr;
  MemoryViewType.len = view_len;
  MemoryViewType.getitem = view_getitem;
  MemoryViewType.setitem = memoryview_setitem;
  MemoryViewType.richcompare = memoryview_richcompare;
  MemoryViewType.hash = hash_unhashable;
  MemoryViewType.getattr = memoryview_getattr;
  type_ready(&MemoryViewType, {{"tobytes", mv_tobytes}, {"tolist", mv_tolist}});
  type_add_getsets(&MemoryViewType, {{"format"}, {"itemsize"}, {"ndim"}, {"readonly"},
                                     {"shape"}, {"strides"}, {"suboffsets"}});

  BufferType.name = "buffer";
  BufferType.tp_new = buffer_tp_new;
  BufferType.str = buffer_str;
  BufferType.repr = buffer_repr;
  BufferType.len = view_len;
  BufferType.getitem = view_getitem;
  BufferType.setitem = buffer_setitem;
  BufferType.richcompare = buffer_richcompare;
  BufferType.hash = buffer_hash;
  BufferType.nb[kNbAdd] = buffer_add;
  BufferType.nb[kNbMul] = buffer_mul;
  type_ready(&BufferType, {{"__cmp__", buffer_cmp_m},
                           {"__delslice__", buffer_delslice_m},
                           {"__getslice__", buffer_getslice_m},
                           {"__setslice__", buffer_setslice_m}});
  // 2.7's buffer compares through tp_compare and concatenates through sq_concat.
  type_hide_wrappers(&BufferType, {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__radd__"});
}
TypeRegistrar reg(register_views);

}  // namespace

bool view_bytes(Value v, std::string* out) {
  if (!is_memoryview(v) && !is_buffer(v)) return false;
  *out = bytes_of_view(v);
  return true;
}

bool char_buffer_bytes(Value v, std::string* out) {
  if (is_buffer(v) && is_unicode(v.as<View>()->obj)) {
    // A unicode's character buffer is its default-encoded str, and the
    // window applies to that.
    View* w = v.as<View>();
    std::string all(to_str(w->obj)->view());
    int64_t start, n;
    window(w, static_cast<int64_t>(all.size()), &start, &n);
    *out = all.substr(static_cast<size_t>(start), static_cast<size_t>(n));
  } else if (is_buffer(v)) *out = bytes_of_view(v);
  else if (is_bytearray(v)) *out = base_bytes(v);
  else return false;
  return true;
}

}  // namespace pytrans::rt
