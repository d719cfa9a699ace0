// SPDX-License-Identifier: Apache-2.0
// dict: CPython 2.7's open-addressing table, reproduced exactly (hashes,
// probe sequence, sizes, resize points, dummies) because iteration order is
// printed by programs. See dict.cc for the rules.
#pragma once
#include "core/value.h"

namespace pytrans::rt {

struct DictEntry {
  int64_t hash;
  Value key;    // null = never used; &kDummy = deleted
  Value value;
};

struct Dict : Object {
  int64_t fill;   // used + dummies
  int64_t used;   // live entries
  int64_t mask;   // size - 1
  DictEntry* table;
  Dict* dict;     // instance dict for subclasses
  uint8_t lock;   // core/objlock.h: held by each operation, never while Python code runs
};

extern Type DictType;

inline bool is_dict(Value v) { return !v.is_small_int() && (v.obj()->type->flags & kTypeDictSubclass); }
Dict* dict_new();
Dict* dict_new_presized(int64_t minused);
Value dict_get(Dict* d, Value key);           // null if missing
Value dict_get_str(Dict* d, Str* key);        // fast path for str keys
void dict_set(Dict* d, Value key, Value v);
// For bulk inserts into a table sized in advance (dict.fromkeys of a dict or
// set): resize for minused entries, then insert with a known hash and no
// resize check (2.7's dictresize + insertdict).
void dict_presize(Dict* d, int64_t minused);
void dict_insert_no_resize(Dict* d, Value key, int64_t hash, Value v);
bool dict_del(Dict* d, Value key);            // false if missing
void dict_del_slot(Dict* d, int64_t i);       // popitem: delete the live entry in slot i (lock held)
Value dict_pop_key(Dict* d, Value key);       // remove and return the value; null if missing
Value dict_setdefault(Dict* d, Value key, Value dflt);  // atomic get-or-insert
void dict_clear(Dict* d);
void dict_merge(Dict* d, Value other, bool override);
// Iterates live entries in slot order: pos starts at 0; false at the end.
bool dict_next(Dict* d, int64_t* pos, Value* key, Value* value);
bool dict_next_hash(Dict* d, int64_t* pos, Value* key, Value* value, int64_t* hash);  // with the stored hash
// Reads slot i afresh (the table may have changed since the last call):
// false if i is past the end or the slot holds no live entry.
bool dict_slot(Dict* d, int64_t i, Value* key, Value* value);
// 2.7's dict_compare (the ordering behind cmp(d1, d2) and d1 < d2): -1, 0, 1.
int dict_compare(Dict* a, Dict* b);
// True for dict.__cmp__ itself: core/ops.cc then uses dict_compare directly,
// as 2.7 does for dicts whose classes define no __cmp__ of their own.
bool is_dict_cmp_method(Value m);

// dict.iterkeys()/itervalues()/iteritems() (and iter() of a dict or a view).
enum class DictIterKind { kKeys, kValues, kItems };
Value dict_iter_new(Dict* d, DictIterKind kind);

Value dict_display(const Value* keys, const Value* values, size_t n);  // {k: v, ...}

}  // namespace pytrans::rt
