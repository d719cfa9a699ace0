// SPDX-License-Identifier: Apache-2.0
// list: growable array; items on the GC heap, over-allocated like CPython.
#pragma once
#include "core/value.h"

namespace pytrans::rt {

struct List : Object {
  int64_t len;
  int64_t cap;
  Value* items;
  uint8_t lock;  // core/objlock.h: held by each operation, never while Python code runs
};

extern Type ListType;

inline bool is_list(Value v) { return !v.is_small_int() && (v.obj()->type->flags & kTypeListSubclass); }
List* list_new(size_t n = 0);  // len n, items None-filled? no: zeroed, fill before use
List* list_of(const Value* items, size_t n);
void list_append(List* l, Value v);
void list_extend(List* l, Value iterable);
List* list_from_iterable(Value iterable);
void list_sort(List* l, Value cmpfn, Value keyfn, bool reverse);

}  // namespace pytrans::rt
