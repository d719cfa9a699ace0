// SPDX-License-Identifier: Apache-2.0
// set and frozenset: CPython 2.7's setobject.c, rule for rule, because
// programs print sets and 2.7's iteration order is slot order.
//
// Table: the dict's (objects/dict.cc): power-of-two size (min 8), entries
// {hash, key}; an empty slot has a null key, a deleted one the dummy key.
// Probing from i = h & mask: i = 5*i + perturb + 1, perturb >>= 5. After an
// add that grew `used`, if fill*3 >= size*2 the table is rebuilt for 4*used
// (2*used above 50000) entries, reinserted in old slot order. Discards never
// resize, except that difference_update (and -=) drops the dummies when more
// than a fifth of the slots hold them. pop() keeps its finger in slot 0's
// hash field, as dict.popitem() does. See cpython27-facts.md section 2.
//
// How each operation fills its result decides the printed order, so every
// algorithm below follows 2.7's: a | b copies a then merges b (merge presizes
// once, then inserts in b's slot order with no resize checks); a & b walks
// the smaller operand (the argument when sizes tie); a - b walks a; a ^ b
// copies b and toggles each element of a. Results have the left operand's
// type (a set subclass stays a subclass; 2.7 does not call its __init__).
//
// No GIL: a set's lock byte (core/objlock.h) guards each operation on it.
// It is dropped around a key's __eq__ (user code), after which the lookup
// restarts if the table changed, as 2.7 does when __eq__ mutates the set.
// Hashes are always computed before the lock is taken. Reading another
// mutable set (merge, &, -, ^, comparisons) works on a snapshot of its
// entries taken under its own lock, so two locks are never held at once.
#include "objects/set.h"

#include <string>
#include <vector>

#include "core/gc.h"
#include "core/objlock.h"
#include "core/ops.h"
#include "core/raise.h"
#include "internal/hashing.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/long.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

Type SetType, FrozenSetType, SetIterType;

namespace {

Object dummy_object{&NoneType};
inline Value dummy() { return Value(&dummy_object); }
inline bool is_dummy(Value k) { return k.bits == reinterpret_cast<uintptr_t>(&dummy_object); }
inline bool is_live(Value k) { return !k.is_null() && !is_dummy(k); }
constexpr int64_t kMinSize = 8;

Set* g_empty_frozenset;

SetEntry* new_table(int64_t size) { return static_cast<SetEntry*>(gc_alloc(size * sizeof(SetEntry))); }

// == on these exact types runs no Python code, so it may run under the lock.
inline bool plain_eq_type(Value v) {
  if (v.is_small_int()) return true;
  Type* t = v.obj()->type;
  return t == &StrType || t == &IntType || t == &LongType || t == &FloatType || t == &BoolType;
}

inline int64_t hash_of(Value key) {
  if (!key.is_small_int() && key.obj()->type == &StrType) {
    Str* s = key.as<Str>();
    return s->hash != -1 ? s->hash : str_hash(s);
  }
  return hash(key);
}

// Compares a stored key with `key` (same hash). Drops the lock around
// user-defined __eq__; returns -1 if the table changed meanwhile (restart).
int keys_eq(Set* s, SetEntry* table, SetEntry* ep, Value key, ObjLockGuard* g) {
  Value startkey = ep->key;
  if (plain_eq_type(startkey) && plain_eq_type(key)) return equal(startkey, key);
  if (g) g->unlock();
  bool eq = equal(startkey, key);
  if (g) g->relock();
  if (table != s->table || ep->key.bits != startkey.bits) return -1;
  return eq;
}

// Finds the slot for key: the matching entry, else the first dummy seen,
// else the empty slot that ended the probe.
SetEntry* lookup(Set* s, Value key, int64_t h, ObjLockGuard* g) {
  for (;;) {
    SetEntry* table = s->table;
    uint64_t mask = static_cast<uint64_t>(s->mask);
    uint64_t i = static_cast<uint64_t>(h) & mask;
    SetEntry* ep = &table[i];
    if (ep->key.is_null() || ep->key.bits == key.bits) return ep;
    SetEntry* freeslot = nullptr;
    bool restart = false;
    if (is_dummy(ep->key)) {
      freeslot = ep;
    } else if (ep->hash == h) {
      int r = keys_eq(s, table, ep, key, g);
      if (r < 0) continue;
      if (r) return ep;
    }
    for (uint64_t perturb = static_cast<uint64_t>(h);; perturb >>= 5) {
      i = (i << 2) + i + perturb + 1;
      ep = &table[i & mask];
      if (ep->key.is_null()) return freeslot ? freeslot : ep;
      if (ep->key.bits == key.bits) return ep;
      if (is_dummy(ep->key)) {
        if (!freeslot) freeslot = ep;
        continue;
      }
      if (ep->hash == h) {
        int r = keys_eq(s, table, ep, key, g);
        if (r < 0) {
          restart = true;
          break;
        }
        if (r) return ep;
      }
    }
    if (!restart) return nullptr;  // unreachable
  }
}

// Inserts into a table known to hold no dummies and not the key (resize).
void insert_clean(Set* s, Value key, int64_t h) {
  uint64_t mask = static_cast<uint64_t>(s->mask);
  uint64_t i = static_cast<uint64_t>(h) & mask;
  SetEntry* ep = &s->table[i];
  for (uint64_t perturb = static_cast<uint64_t>(h); !ep->key.is_null(); perturb >>= 5) {
    i = (i << 2) + i + perturb + 1;
    ep = &s->table[i & mask];
  }
  s->fill++;
  ep->key = key;
  ep->hash = h;
  s->used++;
}

void resize(Set* s, int64_t minused) {
  int64_t newsize = kMinSize;
  while (newsize <= minused && newsize > 0) newsize <<= 1;
  SetEntry* old = s->table;
  int64_t oldsize = s->mask + 1;
  s->table = new_table(newsize);
  s->mask = newsize - 1;
  int64_t used = s->used;
  s->used = 0;
  s->fill = 0;
  for (int64_t i = 0; i < oldsize && used > 0; ++i) {
    if (is_live(old[i].key)) {
      --used;
      insert_clean(s, old[i].key, old[i].hash);
    }
  }
}

// Insert if missing (no resize check); true if added.
bool insert_key(Set* s, Value key, int64_t h, ObjLockGuard* g) {
  SetEntry* ep = lookup(s, key, h, g);
  if (is_live(ep->key)) return false;
  if (ep->key.is_null()) s->fill++;
  ep->key = key;
  ep->hash = h;
  s->used++;
  return true;
}

// 2.7's set_add_entry: insert, then the resize check.
void add_entry(Set* s, Value key, int64_t h, ObjLockGuard* g) {
  int64_t n_used = s->used;
  insert_key(s, key, h, g);
  if (!(s->used > n_used && s->fill * 3 >= (s->mask + 1) * 2)) return;
  resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

void add_key_locked(Set* s, Value key, int64_t h) {
  ObjLockGuard g(&s->lock);
  add_entry(s, key, h, &g);
}

bool discard_entry(Set* s, Value key, int64_t h, ObjLockGuard* g) {
  SetEntry* ep = lookup(s, key, h, g);
  if (!is_live(ep->key)) return false;
  ep->key = dummy();
  s->used--;
  return true;
}

bool contains_entry(Set* s, Value key, int64_t h) {
  ObjLockGuard g(&s->lock);
  return is_live(lookup(s, key, h, &g)->key);
}

void clear_internal(Set* s) {
  s->table = new_table(kMinSize);
  s->mask = kMinSize - 1;
  s->fill = 0;
  s->used = 0;
  s->hash = -1;
}

// The live entries of another set, read consistently: the table itself
// when no second thread exists (or the set is immutable), else a copy taken
// under the set's lock.
struct Entries {
  const SetEntry* table;
  int64_t size;
  std::vector<SetEntry> copy;
  int64_t used;
};

void entries_of(Set* o, Entries* e) {
  if (!nogil_threads() || !is_set_mutable(Value(o))) {
    e->table = o->table;
    e->size = o->mask + 1;
    e->used = o->used;
    return;
  }
  ObjLockGuard g(&o->lock);
  e->copy.reserve(o->used);
  for (int64_t i = 0; i <= o->mask; ++i)
    if (is_live(o->table[i].key)) e->copy.push_back(o->table[i]);
  e->table = e->copy.data();
  e->size = static_cast<int64_t>(e->copy.size());
  e->used = e->size;
}

#define FOR_ENTRIES(e, ep)                                            \
  for (const SetEntry* ep = (e).table; ep != (e).table + (e).size; ++ep) \
    if (is_live(ep->key))

Set* alloc_set(Type* t) {
  Set* s = new_object<Set>(t, t->instance_size > sizeof(Set) ? t->instance_size : sizeof(Set));
  s->table = new_table(kMinSize);
  s->mask = kMinSize - 1;
  s->hash = -1;
  return s;
}

// set_merge: presize once, then insert in other's slot order without checks.
void merge(Set* s, Set* other) {
  if (s == other) return;
  Entries e;
  entries_of(other, &e);
  if (e.used == 0) return;
  ObjLockGuard g(&s->lock);
  if ((s->fill + e.used) * 3 >= (s->mask + 1) * 2) resize(s, (s->used + e.used) * 2);
  FOR_ENTRIES(e, ep) insert_key(s, ep->key, ep->hash, &g);
}

// Live entries of a dict with their hashes (a snapshot).
std::vector<SetEntry> dict_entries(Dict* d) {
  std::vector<SetEntry> out;
  out.reserve(d->used);
  int64_t pos = 0, h;
  Value k;
  while (dict_next_hash(d, &pos, &k, nullptr, &h)) out.push_back(SetEntry{h, k});
  return out;
}

void update_internal(Set* s, Value other) {
  if (is_anyset(other)) return merge(s, other.as<Set>());
  if (!other.is_small_int() && other.obj()->type == &DictType) {
    std::vector<SetEntry> items = dict_entries(other.as<Dict>());
    int64_t n = static_cast<int64_t>(items.size());
    ObjLockGuard g(&s->lock);
    if ((s->fill + n) * 3 >= (s->mask + 1) * 2) resize(s, (s->used + n) * 2);
    for (const SetEntry& e : items) add_entry(s, e.key, e.hash, &g);
    return;
  }
  Value it = iter(other);
  for (Value k = next(it); !k.is_null(); k = next(it)) add_key_locked(s, k, hash_of(k));
}

Set* make_new_set(Type* t, Value iterable) {
  Set* s = alloc_set(t);
  if (!iterable.is_null()) update_internal(s, iterable);
  return s;
}

Set* as_set(Value v) { return v.as<Set>(); }

Set* copy_of(Set* s) { return make_new_set(s->type, Value(s)); }

// ---- the algebra ----

Set* intersection(Set* so, Value other) {
  if (Value(so) == other) return copy_of(so);
  Set* result = alloc_set(so->type);
  if (is_anyset(other)) {
    Set* a = so;
    Set* b = other.as<Set>();
    if (b->used > a->used) std::swap(a, b);
    Entries e;
    entries_of(b, &e);
    FOR_ENTRIES(e, ep) {
      if (contains_entry(a, ep->key, ep->hash)) add_key_locked(result, ep->key, ep->hash);
    }
    return result;
  }
  Value it = iter(other);
  for (Value k = next(it); !k.is_null(); k = next(it)) {
    int64_t h = hash_of(k);
    if (contains_entry(so, k, h)) add_key_locked(result, k, h);
  }
  return result;
}

void difference_update_internal(Set* so, Value other) {
  if (Value(so) == other) {
    ObjLockGuard g(&so->lock);
    clear_internal(so);
    return;
  }
  if (is_anyset(other)) {
    Entries e;
    entries_of(other.as<Set>(), &e);
    ObjLockGuard g(&so->lock);
    FOR_ENTRIES(e, ep) discard_entry(so, ep->key, ep->hash, &g);
  } else {
    Value it = iter(other);
    for (Value k = next(it); !k.is_null(); k = next(it)) {
      int64_t h = hash_of(k);
      ObjLockGuard g(&so->lock);
      discard_entry(so, k, h, &g);
    }
  }
  // More than a fifth of the slots dummies: resize them away.
  ObjLockGuard g(&so->lock);
  if ((so->fill - so->used) * 5 < so->mask) return;
  resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

Set* difference(Set* so, Value other) {
  if (!is_anyset(other) && !(!other.is_small_int() && other.obj()->type == &DictType)) {
    Set* result = copy_of(so);
    difference_update_internal(result, other);
    return result;
  }
  Set* result = alloc_set(so->type);
  Entries e;
  entries_of(so, &e);
  if (!is_anyset(other)) {
    Dict* d = other.as<Dict>();
    FOR_ENTRIES(e, ep) {
      if (dict_get(d, ep->key).is_null()) add_key_locked(result, ep->key, ep->hash);
    }
    return result;
  }
  Set* o = other.as<Set>();
  FOR_ENTRIES(e, ep) {
    if (!contains_entry(o, ep->key, ep->hash)) add_key_locked(result, ep->key, ep->hash);
  }
  return result;
}

void symmetric_difference_update(Set* so, Value other) {
  if (Value(so) == other) {
    ObjLockGuard g(&so->lock);
    clear_internal(so);
    return;
  }
  std::vector<SetEntry> items;
  if (!other.is_small_int() && other.obj()->type == &DictType) {
    items = dict_entries(other.as<Dict>());
  } else {
    Set* o = is_anyset(other) ? other.as<Set>() : make_new_set(so->type, other);
    Entries e;
    entries_of(o, &e);
    FOR_ENTRIES(e, ep) items.push_back(*ep);
  }
  ObjLockGuard g(&so->lock);
  for (const SetEntry& e : items) {
    if (!discard_entry(so, e.key, e.hash, &g)) add_entry(so, e.key, e.hash, &g);
  }
}

Set* symmetric_difference(Set* so, Value other) {
  Set* result = make_new_set(so->type, other);
  symmetric_difference_update(result, Value(so));
  return result;
}

bool issubset(Set* so, Value other) {
  if (!is_anyset(other)) return issubset(so, Value(make_new_set(&SetType, other)));
  Set* o = other.as<Set>();
  if (so->used > o->used) return false;
  Entries e;
  entries_of(so, &e);
  FOR_ENTRIES(e, ep) {
    if (!contains_entry(o, ep->key, ep->hash)) return false;
  }
  return true;
}

bool issuperset(Set* so, Value other) {
  if (!is_anyset(other)) return issuperset(so, Value(make_new_set(&SetType, other)));
  return issubset(other.as<Set>(), Value(so));
}

bool isdisjoint(Set* so, Value other) {
  if (Value(so) == other) return so->used == 0;
  if (is_anyset(other)) {
    Set* a = so;
    Set* b = other.as<Set>();
    if (b->used > a->used) std::swap(a, b);
    Entries e;
    entries_of(b, &e);
    FOR_ENTRIES(e, ep) {
      if (contains_entry(a, ep->key, ep->hash)) return false;
    }
    return true;
  }
  Value it = iter(other);
  for (Value k = next(it); !k.is_null(); k = next(it))
    if (contains_entry(so, k, hash_of(k))) return false;
  return true;
}

// A set used as a key of contains/remove/discard is looked up as the equal
// frozenset (2.7 retries so when hashing it raised TypeError).
void key_hash(Value key, int64_t* h, Value* k2) {
  *k2 = key;
  if (is_set_mutable(key)) {
    Set* f = make_new_set(&FrozenSetType, key);
    *k2 = Value(f);
  }
  *h = hash_of(*k2);
}

// ---- slots ----

std::string set_items_repr(Set* s) {
  std::vector<Value> keys;
  {
    ObjLockGuard g(&s->lock);
    keys.reserve(s->used);
    for (int64_t i = 0; i <= s->mask; ++i)
      if (is_live(s->table[i].key)) keys.push_back(s->table[i].key);
  }
  std::string r = "[";
  for (size_t i = 0; i < keys.size(); ++i) {
    if (i) r += ", ";
    r += repr(keys[i])->view();
  }
  r += ']';
  return r;
}

// Reprs in progress on this thread (2.7's Py_ReprEnter): set([...]) nesting.
// A fixed array, not a heap vector: thread-local storage is not scanned by
// the collector (the sets themselves stay alive through set_repr's frames).
constexpr int kReprDepth = 64;
thread_local Set* tl_repr_stack[kReprDepth];
thread_local int tl_repr_depth;

Value set_repr(Value v) {
  Set* s = v.as<Set>();
  for (int i = 0; i < tl_repr_depth && i < kReprDepth; ++i)
    if (tl_repr_stack[i] == s) return Value(str_new(std::string(type_name(v)) + "(...)"));
  if (tl_repr_depth < kReprDepth) tl_repr_stack[tl_repr_depth] = s;
  ++tl_repr_depth;
  std::string r;
  try {
    r = std::string(type_name(v)) + "(" + set_items_repr(s) + ")";
  } catch (...) {
    --tl_repr_depth;
    throw;
  }
  --tl_repr_depth;
  return Value(str_new(r));
}

int64_t set_len(Value v) { return __atomic_load_n(&v.as<Set>()->used, __ATOMIC_RELAXED); }
int set_nonzero(Value v) { return set_len(v) != 0; }

int set_contains_slot(Value self, Value key) {
  int64_t h;
  Value k;
  key_hash(key, &h, &k);
  return contains_entry(as_set(self), k, h);
}

int64_t frozenset_hash(Value v) {
  Set* s = v.as<Set>();
  if (s->hash != -1) return s->hash;
  std::vector<int64_t> hs;
  hs.reserve(s->used);
  for (int64_t i = 0; i <= s->mask; ++i)
    if (is_live(s->table[i].key)) hs.push_back(s->table[i].hash);
  s->hash = internal::hash_frozenset(hs.data(), hs.size());
  return s->hash;
}

Value set_richcompare(Value a, Value b, CompareOp op) {
  if (!is_anyset(b)) return NotImplemented();
  Set* v = as_set(a);
  Set* w = as_set(b);
  switch (op) {
    case kEq:
    case kNe: {
      bool eq;
      if (v->used != w->used) eq = false;
      else if (v->hash != -1 && w->hash != -1 && v->hash != w->hash) eq = false;
      else eq = issubset(v, b);
      return from_bool(op == kEq ? eq : !eq);
    }
    case kLe: return from_bool(issubset(v, b));
    case kGe: return from_bool(issuperset(v, b));
    case kLt: return from_bool(v->used < w->used && issubset(v, b));
    default: return from_bool(v->used > w->used && issuperset(v, b));
  }
}

// 2.7's tp_compare for sets: cmp() has no meaning for a partial order.
int set_nocmp(Value, Value) { raise_type_error("cannot compare sets using cmp()"); }

Value set_or(Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return NotImplemented();
  Set* r = copy_of(as_set(a));
  if (a != b) update_internal(r, b);
  return Value(r);
}
Value set_and(Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return NotImplemented();
  return Value(intersection(as_set(a), b));
}
Value set_sub(Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return NotImplemented();
  return Value(difference(as_set(a), b));
}
Value set_xor(Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return NotImplemented();
  return Value(symmetric_difference(as_set(a), b));
}

void swap_bodies(Set* a, Set* b) {
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->mask, b->mask);
  std::swap(a->table, b->table);
  if (is_subtype(a->type, &FrozenSetType) && is_subtype(b->type, &FrozenSetType)) std::swap(a->hash, b->hash);
  else a->hash = b->hash = -1;
}

void intersection_update(Set* so, Value other) {
  Set* tmp = intersection(so, other);
  ObjLockGuard g(&so->lock);
  swap_bodies(so, tmp);
}

Value set_ior(Value a, Value b) {
  if (!is_anyset(b)) return NotImplemented();
  update_internal(as_set(a), b);
  return a;
}
Value set_iand(Value a, Value b) {
  if (!is_anyset(b)) return NotImplemented();
  intersection_update(as_set(a), b);
  return a;
}
Value set_isub(Value a, Value b) {
  if (!is_anyset(b)) return NotImplemented();
  difference_update_internal(as_set(a), b);
  return a;
}
Value set_ixor(Value a, Value b) {
  if (!is_anyset(b)) return NotImplemented();
  symmetric_difference_update(as_set(a), b);
  return a;
}

// ---- iteration ----

struct SetIter : Object {
  Set* set;  // null once exhausted
  int64_t pos;
  int64_t used;
  int64_t len;
};

Value set_iter(Value self) {
  Set* s = as_set(self);
  SetIter* it = new_object<SetIter>(&SetIterType);
  it->set = s;
  it->used = s->used;
  it->len = s->used;
  return Value(it);
}

Value setiter_next(Value v) {
  SetIter* it = v.as<SetIter>();
  Set* s = it->set;
  if (!s) return Value();
  if (it->used != s->used) {
    it->used = -1;  // sticky
    raise_msg(&RuntimeErrorType, "Set changed size during iteration");
  }
  Value k;
  int64_t h;
  if (!set_next(s, &it->pos, &k, &h)) {
    it->set = nullptr;
    return Value();
  }
  --it->len;
  return k;
}

Value self_iter(Value v) { return v; }

Value setiter_length_hint(Value self, const Value*, size_t, Tuple*) {
  SetIter* it = self.as<SetIter>();
  return small_int(it->set && it->used == it->set->used ? it->len : 0);
}

Value setiter_next_method(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("next", nargs, 0, 0);
  Value r = setiter_next(self);
  if (r.is_null()) raise_stop_iteration();
  return r;
}

// ---- constructors ----

Value set_tp_new(Value callee, const Value*, size_t, Tuple* kw) {
  Type* t = callee.as<Type>();
  if (t == &SetType && kw && kw->len) raise_type_error("set() does not take keyword arguments");
  return Value(alloc_set(t));
}

Value set_tp_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->len) raise_type_error("set() does not take keyword arguments");
  if (nargs > 1) raise_type_error("%s expected at most 1 arguments, got %zu", type_name(self), nargs);
  Set* s = as_set(self);
  {
    ObjLockGuard g(&s->lock);
    clear_internal(s);
  }
  if (nargs == 1) update_internal(s, args[0]);
  return None();
}

Value frozenset_tp_new(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  Type* t = callee.as<Type>();
  if (t == &FrozenSetType && kw && kw->len) raise_type_error("frozenset() does not take keyword arguments");
  if (nargs > 1) raise_type_error("%s expected at most 1 arguments, got %zu", t->flags & kTypeHeap ? t->name : "frozenset", nargs);
  if (t != &FrozenSetType) return Value(make_new_set(t, nargs ? args[0] : Value()));
  if (nargs == 1) {
    Value it = args[0];
    if (!it.is_small_int() && it.obj()->type == &FrozenSetType) return it;
    Set* r = make_new_set(t, it);
    if (r->used) return Value(r);
  }
  return Value(g_empty_frozenset);
}

Value frozenset_tp_init(Value, const Value*, size_t, Tuple*) { return None(); }

// ---- methods ----

Value m_add(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("add", kw);
  check_nargs("add", nargs, 1, 1);
  set_add(as_set(self), args[0]);
  return None();
}

Value m_clear(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_no_kwargs("clear", kw);
  check_nargs("clear", nargs, 0, 0);
  Set* s = as_set(self);
  ObjLockGuard g(&s->lock);
  clear_internal(s);
  return None();
}

Value m_copy(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_no_kwargs("copy", kw);
  check_nargs("copy", nargs, 0, 0);
  return Value(copy_of(as_set(self)));
}

Value m_frozenset_copy(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_no_kwargs("copy", kw);
  check_nargs("copy", nargs, 0, 0);
  if (self.obj()->type == &FrozenSetType) return self;
  return Value(copy_of(as_set(self)));
}

Value m_difference(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("difference", kw);
  if (nargs == 0) return Value(copy_of(as_set(self)));
  Set* r = difference(as_set(self), args[0]);
  for (size_t i = 1; i < nargs; ++i) difference_update_internal(r, args[i]);
  return Value(r);
}

Value m_difference_update(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("difference_update", kw);
  for (size_t i = 0; i < nargs; ++i) difference_update_internal(as_set(self), args[i]);
  return None();
}

Value m_discard(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("discard", kw);
  check_nargs("discard", nargs, 1, 1);
  int64_t h;
  Value k;
  key_hash(args[0], &h, &k);
  Set* s = as_set(self);
  ObjLockGuard g(&s->lock);
  discard_entry(s, k, h, &g);
  return None();
}

Value m_intersection(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("intersection", kw);
  if (nargs == 0) return Value(copy_of(as_set(self)));
  Set* r = as_set(self);
  for (size_t i = 0; i < nargs; ++i) r = intersection(r, args[i]);
  return Value(r);
}

Value m_intersection_update(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("intersection_update", kw);
  Set* s = as_set(self);
  Set* r = s;
  if (nargs == 0) r = copy_of(s);
  for (size_t i = 0; i < nargs; ++i) r = intersection(r, args[i]);
  ObjLockGuard g(&s->lock);
  swap_bodies(s, r);
  return None();
}

Value m_isdisjoint(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("isdisjoint", kw);
  check_nargs("isdisjoint", nargs, 1, 1);
  return from_bool(isdisjoint(as_set(self), args[0]));
}

Value m_issubset(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("issubset", kw);
  check_nargs("issubset", nargs, 1, 1);
  return from_bool(issubset(as_set(self), args[0]));
}

Value m_issuperset(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("issuperset", kw);
  check_nargs("issuperset", nargs, 1, 1);
  return from_bool(issuperset(as_set(self), args[0]));
}

Value m_pop(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_no_kwargs("pop", kw);
  check_nargs("pop", nargs, 0, 0);
  Set* s = as_set(self);
  ObjLockGuard g(&s->lock);
  if (s->used == 0) {
    g.unlock();
    raise_msg(&KeyErrorType, "pop from an empty set");
  }
  // Slot 0 first; else scan from the finger kept in slot 0's hash field.
  SetEntry* t = s->table;
  int64_t i = 0;
  if (!is_live(t[0].key)) {
    i = t[0].hash;
    if (i > s->mask || i < 1) i = 1;
    while (!is_live(t[i].key)) {
      if (++i > s->mask) i = 1;
    }
  }
  Value key = t[i].key;
  t[i].key = dummy();
  s->used--;
  t[0].hash = i + 1;
  return key;
}

Value m_remove(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("remove", kw);
  check_nargs("remove", nargs, 1, 1);
  int64_t h;
  Value k;
  key_hash(args[0], &h, &k);
  Set* s = as_set(self);
  bool found;
  {
    ObjLockGuard g(&s->lock);
    found = discard_entry(s, k, h, &g);
  }
  if (!found) raise_key_error(args[0]);
  return None();
}

Value m_symmetric_difference(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("symmetric_difference", kw);
  check_nargs("symmetric_difference", nargs, 1, 1);
  return Value(symmetric_difference(as_set(self), args[0]));
}

Value m_symmetric_difference_update(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("symmetric_difference_update", kw);
  check_nargs("symmetric_difference_update", nargs, 1, 1);
  symmetric_difference_update(as_set(self), args[0]);
  return None();
}

Value m_union(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("union", kw);
  Set* r = copy_of(as_set(self));
  for (size_t i = 0; i < nargs; ++i) update_internal(r, args[i]);
  return Value(r);
}

Value m_update(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("update", kw);
  for (size_t i = 0; i < nargs; ++i) update_internal(as_set(self), args[i]);
  return None();
}

Value m_contains(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__contains__", nargs, 1, 1);
  return from_bool(set_contains_slot(self, args[0]));
}

Value m_len(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__len__", nargs, 0, 0);
  return small_int(set_len(self));
}

Value m_reduce(Value self, const Value*, size_t, Tuple*) {
  Set* s = as_set(self);
  List* keys = list_new();
  int64_t pos = 0, h;
  Value k;
  while (set_next(s, &pos, &k, &h)) list_append(keys, k);
  Value d = None();
  if (s->type->dict_offset) {
    Dict* dd = *reinterpret_cast<Dict**>(reinterpret_cast<char*>(s) + s->type->dict_offset);
    if (dd) d = Value(dd);
  }
  return Value(tuple_of({Value(s->type), Value(tuple_of({Value(keys)})), d}));
}

// 2.7's sets have a tp_compare that only refuses: ordering is by subset.
Value m_cmp(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__cmp__", nargs, 1, 1);
  Type* t = is_subtype(type_of(self), &FrozenSetType) ? &FrozenSetType : &SetType;
  if (!is_subtype(type_of(args[0]), t))
    raise_type_error("%s.__cmp__(x,y) requires y to be a '%s', not a '%s'", t->name, t->name, type_name(args[0]));
  raise_type_error("cannot compare sets using cmp()");
}

void register_set() {
  for (Type* t : {&SetType, &FrozenSetType}) {
    t->flags = kTypeBaseOk;
    t->instance_size = sizeof(Set);
    t->repr = set_repr;
    t->len = set_len;
    t->nonzero = set_nonzero;
    t->contains = set_contains_slot;
    t->richcompare = set_richcompare;
    t->compare = set_nocmp;
    t->iter = set_iter;
    t->nb[kNbOr] = set_or;
    t->nb[kNbAnd] = set_and;
    t->nb[kNbSub] = set_sub;
    t->nb[kNbXor] = set_xor;
  }
  SetType.name = "set";
  SetType.hash = hash_unhashable;
  SetType.tp_new = set_tp_new;
  SetType.tp_init = set_tp_init;
  SetType.nb_inplace[kNbOr] = set_ior;
  SetType.nb_inplace[kNbAnd] = set_iand;
  SetType.nb_inplace[kNbSub] = set_isub;
  SetType.nb_inplace[kNbXor] = set_ixor;
  type_ready(&SetType, {
      {"__cmp__", m_cmp},
      {"__contains__", m_contains},
      {"__len__", m_len},
      {"__reduce__", m_reduce},
      {"add", m_add},
      {"clear", m_clear},
      {"copy", m_copy},
      {"difference", m_difference},
      {"difference_update", m_difference_update},
      {"discard", m_discard},
      {"intersection", m_intersection},
      {"intersection_update", m_intersection_update},
      {"isdisjoint", m_isdisjoint},
      {"issubset", m_issubset},
      {"issuperset", m_issuperset},
      {"pop", m_pop},
      {"remove", m_remove},
      {"symmetric_difference", m_symmetric_difference},
      {"symmetric_difference_update", m_symmetric_difference_update},
      {"union", m_union},
      {"update", m_update},
  });
  FrozenSetType.name = "frozenset";
  FrozenSetType.hash = frozenset_hash;
  FrozenSetType.tp_new = frozenset_tp_new;
  FrozenSetType.tp_init = frozenset_tp_init;
  type_ready(&FrozenSetType, {
      {"__cmp__", m_cmp},
      {"__contains__", m_contains},
      {"__len__", m_len},
      {"__reduce__", m_reduce},
      {"copy", m_frozenset_copy},
      {"difference", m_difference},
      {"intersection", m_intersection},
      {"isdisjoint", m_isdisjoint},
      {"issubset", m_issubset},
      {"issuperset", m_issuperset},
      {"symmetric_difference", m_symmetric_difference},
      {"union", m_union},
  });
  type_hide_wrappers(&SetType, {"__nonzero__"});  // truth through __len__ in 2.7
  type_hide_wrappers(&FrozenSetType, {"__nonzero__"});
  SetIterType.name = "setiterator";
  SetIterType.iter = self_iter;
  SetIterType.iternext = setiter_next;
  type_ready(&SetIterType, {{"__length_hint__", setiter_length_hint}, {"next", setiter_next_method}});
  g_empty_frozenset = static_cast<Set*>(gc_alloc_uncollectable(sizeof(Set)));
  g_empty_frozenset->type = &FrozenSetType;
  g_empty_frozenset->table = static_cast<SetEntry*>(gc_alloc_uncollectable(kMinSize * sizeof(SetEntry)));
  g_empty_frozenset->mask = kMinSize - 1;
  g_empty_frozenset->hash = -1;
}
TypeRegistrar reg(register_set);

}  // namespace

// ---- public API ----

Set* set_new() { return alloc_set(&SetType); }

Set* set_from_iterable(Value iterable) { return make_new_set(&SetType, iterable); }

Set* frozenset_new_from(Value iterable) {
  Value arg = iterable;
  return frozenset_tp_new(Value(&FrozenSetType), &arg, iterable.is_null() ? 0 : 1, nullptr).as<Set>();
}

void set_add(Set* s, Value key) { add_key_locked(s, key, hash_of(key)); }

bool set_discard(Set* s, Value key) {
  int64_t h;
  Value k;
  key_hash(key, &h, &k);
  ObjLockGuard g(&s->lock);
  return discard_entry(s, k, h, &g);
}

bool set_contains(Set* s, Value key) { return set_contains_slot(Value(s), key); }

bool set_next(Set* s, int64_t* pos, Value* key, int64_t* hash) {
  ObjLockGuard g(&s->lock);  // table and mask change together
  int64_t i = *pos;
  SetEntry* table = s->table;
  int64_t size = s->mask + 1;
  if (i > size) i = size;  // the table shrank (clear) under the iterator
  while (i < size && !is_live(table[i].key)) ++i;
  *pos = i + 1;
  if (i >= size) return false;
  if (key) *key = table[i].key;
  if (hash) *hash = table[i].hash;
  return true;
}

Value build_set(const Value* items, size_t n) {
  Set* s = set_new();
  for (size_t i = 0; i < n; ++i) set_add(s, items[i]);
  return Value(s);
}

}  // namespace pytrans::rt
