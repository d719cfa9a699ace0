// SPDX-License-Identifier: Apache-2.0
// tuple: immutable array of Values, items inline after the header.
#pragma once
#include <initializer_list>

#include "core/value.h"

namespace pytrans::rt {

struct Tuple : Object {
  int64_t len;
  Value items[1];
};

extern Type TupleType;

inline bool is_tuple(Value v) { return !v.is_small_int() && (v.obj()->type->flags & kTypeTupleSubclass); }
Tuple* tuple_new(size_t n);  // items zeroed; fill before use
Tuple* tuple_of(std::initializer_list<Value> items);
Tuple* tuple_from(const Value* items, size_t n);
Tuple* tuple_empty();

}  // namespace pytrans::rt
