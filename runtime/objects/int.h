// SPDX-License-Identifier: Apache-2.0
// int: 64-bit, tagged when it fits 63 bits, else boxed (Int). See core/value.h.
#pragma once
#include "core/value.h"

namespace pytrans::rt {

struct Int : Object {
  int64_t v;
};

extern Type IntType, BoolType;

// True for int and bool and subclasses (not long).
inline bool is_int(Value v) {
  return v.is_small_int() || (v.obj()->type->flags & kTypeIntSubclass);
}
inline int64_t int_value(Value v) {  // requires is_int(v)
  return v.is_small_int() ? v.small_int() : v.as<Int>()->v;
}
Value int_from_i64(int64_t v);
Value int_from_value(Value x, Value base);  // int(x[, base]): number_convert.cc
// A C long argument as 2.7's "l" format converts it (number_convert.cc):
// floats refused, __int__ honoured, OverflowError beyond 64 bits.
int64_t as_c_long(Value v);

}  // namespace pytrans::rt
