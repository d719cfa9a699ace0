// SPDX-License-Identifier: Apache-2.0
// set and frozenset: CPython 2.7's set table, reproduced exactly (same
// hashes, probe sequence, sizes, resize points and dummies as dict) because
// programs print sets and 2.7's iteration order is slot order. See set.cc.
#pragma once
#include "core/value.h"

namespace pytrans::rt {

struct SetEntry {
  int64_t hash;
  Value key;  // null = never used; the dummy = deleted
};

struct Set : Object {
  int64_t fill;     // used + dummies
  int64_t used;     // live entries
  int64_t mask;     // size - 1
  SetEntry* table;
  int64_t hash;     // frozenset: cached hash, -1 until computed
  uint8_t lock;     // core/objlock.h (set only; frozensets are immutable)
};

extern Type SetType, FrozenSetType, SetIterType;

bool is_subtype(Type* a, Type* b);  // objects/type.h
inline bool is_anyset(Value v) {
  if (v.is_small_int()) return false;
  Type* t = v.obj()->type;
  if (t == &SetType || t == &FrozenSetType) return true;
  return (t->flags & kTypeHeap) && (is_subtype(t, &SetType) || is_subtype(t, &FrozenSetType));
}
inline bool is_set_mutable(Value v) {  // set or a subclass of set (not frozenset)
  if (v.is_small_int()) return false;
  Type* t = v.obj()->type;
  return t == &SetType || ((t->flags & kTypeHeap) && is_subtype(t, &SetType));
}
Set* set_new();                                 // empty set
Set* frozenset_new_from(Value iterable);        // frozenset(iterable); null = empty
Set* set_from_iterable(Value iterable);         // set(iterable)
void set_add(Set* s, Value key);
bool set_discard(Set* s, Value key);            // false if missing
bool set_contains(Set* s, Value key);
// Iterates live entries in slot order: pos starts at 0; false at the end.
bool set_next(Set* s, int64_t* pos, Value* key, int64_t* hash);
Value build_set(const Value* items, size_t n);  // {a, b, c}

}  // namespace pytrans::rt
