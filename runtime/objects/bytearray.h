// SPDX-License-Identifier: Apache-2.0
// bytearray: a mutable byte string (items are ints 0..255). See bytearray.cc.
#pragma once
#include <string_view>

#include "core/value.h"

namespace pytrans::rt {

struct ByteArray : Object {
  int64_t len;
  int64_t cap;
  char* data;    // GC atomic memory, cap bytes
  uint8_t lock;  // core/objlock.h
  std::string_view view() const { return std::string_view(data, static_cast<size_t>(len)); }
};

extern Type ByteArrayType;

bool is_subtype(Type* a, Type* b);  // objects/type.h
inline bool is_bytearray(Value v) {
  if (v.is_small_int()) return false;
  Type* t = v.obj()->type;
  return t == &ByteArrayType || ((t->flags & kTypeHeap) && is_subtype(t, &ByteArrayType));
}
ByteArray* bytearray_new(std::string_view bytes);

}  // namespace pytrans::rt
