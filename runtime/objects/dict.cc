// SPDX-License-Identifier: Apache-2.0
// dict: CPython 2.7's hash table, rule for rule, because programs print
// dicts and 2.7's iteration order is slot order.
//
// Table: power-of-two size (min 8), entries {hash, key, value}; an empty slot
// has a null key, a deleted one the dummy key. Probing from i = h & mask:
// i = 5*i + perturb + 1, perturb >>= 5 (perturb starts as h, unsigned).
// After an insert that added a key, if fill*3 >= size*2 the table is rebuilt
// for 4*used (2*used above 50000) live entries: new size = smallest power of
// two > that, entries reinserted in old slot order without comparisons.
// Deletion never resizes. Merges presize once and insert without checks.
// See ../shared/design/cpython27-facts.md section 1 for vectors.
//
// Lookups compare identity, then hash, then ==. User __eq__ may mutate the
// dict; like 2.7 we restart the lookup if the table changed under us.
//
// No GIL: every operation holds the dict's lock byte (core/objlock.h). Hashes
// are computed before it is taken, and it is dropped around a key's __eq__
// when that can run Python code; the table re-check above then also covers
// other threads' changes. Reading another dict (merge) works on a snapshot
// taken under that dict's lock, so two locks are never held at once.
#include "objects/dict.h"

#include <cstring>
#include <string>

#include "core/gc.h"
#include "core/objlock.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

Type DictType;

namespace {

Object dummy_object{&NoneType};
inline Value dummy() { return Value(&dummy_object); }
inline bool is_dummy(Value k) { return k.bits == reinterpret_cast<uintptr_t>(&dummy_object); }
constexpr int64_t kMinSize = 8;

DictEntry* new_table(int64_t size) {
  return static_cast<DictEntry*>(gc_alloc(size * sizeof(DictEntry)));
}

inline bool keys_equal_fast(Value a, Value b) {
  return a.bits == b.bits;
}

// == on these exact types runs no Python code, so it may run under the lock.
inline bool plain_eq_type(Value v) {
  if (v.is_small_int()) return true;
  Type* t = v.obj()->type;
  return t == &StrType || t == &IntType || t == &BoolType;
}

inline bool eq_unlocked(Value a, Value b, ObjLockGuard* g) {
  if (!g || (plain_eq_type(a) && plain_eq_type(b))) return equal(a, b);
  g->unlock();
  bool eq = equal(a, b);
  g->relock();
  return eq;
}

// Finds the slot for key: the matching entry, else the first dummy seen,
// else the empty slot that ended the probe.
DictEntry* lookup(Dict* d, Value key, int64_t h, ObjLockGuard* g) {
  for (;;) {
    DictEntry* table = d->table;
    uint64_t mask = static_cast<uint64_t>(d->mask);
    uint64_t i = static_cast<uint64_t>(h) & mask;
    DictEntry* ep = &table[i];
    if (ep->key.is_null() || keys_equal_fast(ep->key, key)) return ep;
    DictEntry* freeslot = nullptr;
    bool restart = false;
    if (is_dummy(ep->key)) {
      freeslot = ep;
    } else if (ep->hash == h) {
      Value startkey = ep->key;
      bool eq = eq_unlocked(startkey, key, g);
      if (table != d->table || ep->key.bits != startkey.bits) restart = true;
      else if (eq) return ep;
    }
    if (restart) continue;
    for (uint64_t perturb = static_cast<uint64_t>(h);; perturb >>= 5) {
      i = (i << 2) + i + perturb + 1;
      ep = &table[i & mask];
      if (ep->key.is_null()) return freeslot ? freeslot : ep;
      if (keys_equal_fast(ep->key, key)) return ep;
      if (is_dummy(ep->key)) {
        if (!freeslot) freeslot = ep;
        continue;
      }
      if (ep->hash == h) {
        Value startkey = ep->key;
        bool eq = eq_unlocked(startkey, key, g);
        if (table != d->table || ep->key.bits != startkey.bits) {
          restart = true;
          break;
        }
        if (eq) return ep;
      }
    }
    if (!restart) return nullptr;  // unreachable
  }
}

// Lookup specialised for str keys (no user code can run unless a non-str
// key with the same hash is met: then the generic lookup takes over).
DictEntry* lookup_str(Dict* d, Str* key, int64_t h, ObjLockGuard* g) {
  DictEntry* table = d->table;
  uint64_t mask = static_cast<uint64_t>(d->mask);
  uint64_t i = static_cast<uint64_t>(h) & mask;
  DictEntry* ep = &table[i];
  DictEntry* freeslot = nullptr;
  auto matches = [&](DictEntry* e) {
    if (e->key.bits == Value(key).bits) return true;
    if (e->hash != h) return false;
    Value k = e->key;
    if (k.is_small_int() || k.obj()->type != &StrType) return eq_unlocked(k, Value(key), g);
    return str_eq(k.as<Str>(), key);
  };
  if (ep->key.is_null()) return ep;
  if (is_dummy(ep->key)) freeslot = ep;
  else if (matches(ep)) return ep;
  for (uint64_t perturb = static_cast<uint64_t>(h);; perturb >>= 5) {
    i = (i << 2) + i + perturb + 1;
    ep = &table[i & mask];
    if (ep->key.is_null()) return freeslot ? freeslot : ep;
    if (is_dummy(ep->key)) {
      if (!freeslot) freeslot = ep;
      continue;
    }
    if (matches(ep)) return ep;
  }
}

// Inserts into a table known to hold no dummies and not the key (resize).
void insert_clean(Dict* d, Value key, int64_t h, Value v) {
  uint64_t mask = static_cast<uint64_t>(d->mask);
  uint64_t i = static_cast<uint64_t>(h) & mask;
  DictEntry* ep = &d->table[i];
  for (uint64_t perturb = static_cast<uint64_t>(h); !ep->key.is_null(); perturb >>= 5) {
    i = (i << 2) + i + perturb + 1;
    ep = &d->table[i & mask];
  }
  d->fill++;
  ep->key = key;
  ep->hash = h;
  ep->value = v;
  d->used++;
}

void resize(Dict* d, int64_t minused) {
  int64_t newsize = kMinSize;
  while (newsize <= minused && newsize > 0) newsize <<= 1;
  DictEntry* old = d->table;
  int64_t oldsize = d->mask + 1;
  d->table = new_table(newsize);
  d->mask = newsize - 1;
  int64_t used = d->used;
  d->used = 0;
  d->fill = 0;
  for (int64_t i = 0; i < oldsize && used > 0; ++i) {
    if (!old[i].key.is_null() && !is_dummy(old[i].key)) {
      --used;
      insert_clean(d, old[i].key, old[i].hash, old[i].value);
    }
  }
}

inline int64_t hash_of(Value key) {
  if (!key.is_small_int() && key.obj()->type == &StrType) {
    Str* s = key.as<Str>();
    return s->hash != -1 ? s->hash : str_hash(s);
  }
  return hash(key);
}

// Insert or replace; returns true if a key was added.
bool insert(Dict* d, Value key, int64_t h, Value v, ObjLockGuard* g) {
  DictEntry* ep = lookup(d, key, h, g);
  if (!ep->key.is_null() && !is_dummy(ep->key)) {
    ep->value = v;
    return false;
  }
  if (ep->key.is_null()) d->fill++;
  ep->key = key;
  ep->hash = h;
  ep->value = v;
  d->used++;
  return true;
}

void set_item(Dict* d, Value key, int64_t h, Value v, ObjLockGuard* g) {
  int64_t before = d->used;
  insert(d, key, h, v, g);
  if (!(d->used > before && d->fill * 3 >= (d->mask + 1) * 2)) return;
  resize(d, (d->used > 50000 ? 2 : 4) * d->used);
}

}  // namespace

Dict* dict_new() {
  Dict* d = new_object<Dict>(&DictType);
  d->table = new_table(kMinSize);
  d->mask = kMinSize - 1;
  return d;
}

Dict* dict_new_presized(int64_t minused) {
  Dict* d = dict_new();
  if (minused > 5) resize(d, minused);  // not shared yet: no lock
  return d;
}

Value dict_get(Dict* d, Value key) {
  int64_t h = hash_of(key);
  ObjLockGuard g(&d->lock);
  DictEntry* ep = lookup(d, key, h, &g);
  if (ep->key.is_null() || is_dummy(ep->key)) return Value();
  return ep->value;
}

Value dict_get_str(Dict* d, Str* key) {
  int64_t h = key->hash != -1 ? key->hash : str_hash(key);
  ObjLockGuard g(&d->lock);
  DictEntry* ep = lookup_str(d, key, h, &g);
  if (ep->key.is_null() || is_dummy(ep->key)) return Value();
  return ep->value;
}

void dict_set(Dict* d, Value key, Value v) {
  int64_t h = hash_of(key);
  ObjLockGuard g(&d->lock);
  set_item(d, key, h, v, &g);
}

void dict_presize(Dict* d, int64_t minused) {
  ObjLockGuard g(&d->lock);
  resize(d, minused);
}

void dict_insert_no_resize(Dict* d, Value key, int64_t hash, Value v) {
  ObjLockGuard g(&d->lock);
  insert(d, key, hash, v, &g);
}

bool dict_del(Dict* d, Value key) {
  int64_t h = hash_of(key);
  ObjLockGuard g(&d->lock);
  DictEntry* ep = lookup(d, key, h, &g);
  if (ep->key.is_null() || is_dummy(ep->key)) return false;
  ep->key = dummy();
  ep->value = Value();
  d->used--;
  return true;
}

Value dict_pop_key(Dict* d, Value key) {
  int64_t h = hash_of(key);
  ObjLockGuard g(&d->lock);
  DictEntry* ep = lookup(d, key, h, &g);
  if (ep->key.is_null() || is_dummy(ep->key)) return Value();
  Value v = ep->value;
  ep->key = dummy();
  ep->value = Value();
  d->used--;
  return v;
}

Value dict_setdefault(Dict* d, Value key, Value dflt) {
  int64_t h = hash_of(key);
  ObjLockGuard g(&d->lock);
  DictEntry* ep = lookup(d, key, h, &g);
  if (!ep->key.is_null() && !is_dummy(ep->key)) return ep->value;
  set_item(d, key, h, dflt, &g);
  return dflt;
}

void dict_clear(Dict* d) {
  DictEntry* fresh = new_table(kMinSize);
  ObjLockGuard g(&d->lock);
  d->table = fresh;
  d->mask = kMinSize - 1;
  d->fill = 0;
  d->used = 0;
}

void dict_del_slot(Dict* d, int64_t i) {
  d->table[i].key = dummy();
  d->table[i].value = Value();
  d->used--;
}

bool dict_next(Dict* d, int64_t* pos, Value* key, Value* value) {
  ObjLockGuard g(&d->lock);  // table and mask change together
  int64_t i = *pos;
  DictEntry* table = d->table;
  int64_t size = d->mask + 1;
  while (i < size && (table[i].key.is_null() || is_dummy(table[i].key))) ++i;
  *pos = i + 1;
  if (i >= size) return false;
  if (key) *key = table[i].key;
  if (value) *value = table[i].value;
  return true;
}

bool dict_next_hash(Dict* d, int64_t* pos, Value* key, Value* value, int64_t* hash) {
  ObjLockGuard g(&d->lock);
  int64_t i = *pos;
  DictEntry* table = d->table;
  int64_t size = d->mask + 1;
  while (i < size && (table[i].key.is_null() || is_dummy(table[i].key))) ++i;
  *pos = i + 1;
  if (i >= size) return false;
  if (key) *key = table[i].key;
  if (value) *value = table[i].value;
  if (hash) *hash = table[i].hash;
  return true;
}

bool dict_slot(Dict* d, int64_t i, Value* key, Value* value) {
  ObjLockGuard g(&d->lock);
  if (i > d->mask) return false;
  DictEntry* e = &d->table[i];
  if (e->value.is_null()) return false;  // empty or deleted
  *key = e->key;
  *value = e->value;
  return true;
}

void dict_merge(Dict* d, Value other, bool override) {
  if (is_dict(other)) {
    Dict* o = other.as<Dict>();
    if (o == d || o->used == 0) return;
    // Another thread may change `o` meanwhile: work on a snapshot of it.
    DictEntry* src = o->table;
    int64_t n = o->mask + 1, used = o->used;
    if (nogil_threads()) {
      ObjLockGuard og(&o->lock);
      used = o->used;
      n = 0;
      src = new_table(used ? used : 1);
      for (int64_t i = 0; i <= o->mask; ++i)
        if (!o->table[i].key.is_null() && !is_dummy(o->table[i].key)) src[n++] = o->table[i];
    }
    ObjLockGuard g(&d->lock);
    if ((d->fill + used) * 3 >= (d->mask + 1) * 2) resize(d, (d->used + used) * 2);
    for (int64_t i = 0; i < n; ++i) {
      DictEntry* e = &src[i];
      if (e->key.is_null() || is_dummy(e->key)) continue;
      if (!override) {
        DictEntry* ep = lookup(d, e->key, e->hash, &g);
        if (!ep->key.is_null() && !is_dummy(ep->key)) continue;
      }
      insert(d, e->key, e->hash, e->value, &g);
    }
    return;
  }
  // A mapping with keys(), or an iterable of pairs.
  Value keys_fn = getattr_opt(other, str_intern("keys"));
  if (!keys_fn.is_null()) {
    if (!type_of(keys_fn)->call) raise_type_error("attribute of type '%s' is not callable", type_name(keys_fn));
    Value it = iter(call(keys_fn));
    for (Value k = next(it); !k.is_null(); k = next(it)) {
      if (!override && !dict_get(d, k).is_null()) continue;
      dict_set(d, k, getitem(other, k));
    }
    return;
  }
  Value it = iter(other);
  int64_t n = 0;
  for (Value item = next(it); !item.is_null(); item = next(it), ++n) {
    Type* it_type = type_of(item);
    if (!it_type->iter && !it_type->getitem)
      raise_type_error("cannot convert dictionary update sequence element #%lld to a sequence", static_cast<long long>(n));
    List* pair = list_from_iterable(item);
    if (pair->len != 2)
      raise_value_error("dictionary update sequence element #%lld has length %lld; 2 is required",
                        static_cast<long long>(n), static_cast<long long>(pair->len));
    if (!override && !dict_get(d, pair->items[0]).is_null()) continue;
    dict_set(d, pair->items[0], pair->items[1]);
  }
}

Value dict_display(const Value* keys, const Value* values, size_t n) {
  Dict* d = dict_new_presized(static_cast<int64_t>(n > 65535 ? 65535 : n));
  for (size_t i = 0; i < n; ++i) dict_set(d, keys[i], values[i]);  // (d is not shared yet)
  return Value(d);
}

// ---- comparison ----
//
// Both walks below index the table afresh at each step, as 2.7 does, because
// a key's __eq__/__cmp__ may change either dict under them. Looking a key up
// in the other dict swallows errors (2.7 uses PyDict_GetItem there): a key
// whose hash or == raises counts as missing.

namespace {

Value get_quiet(Dict* d, Value key) {
  try {
    return dict_get(d, key);
  } catch (PyException&) {
    return Value();
  }
}

// 2.7's dict_equal: lengths, then each of a's entries in slot order against
// b[key], stopping at the first difference.
bool dicts_equal(Dict* a, Dict* b) {
  if (a->used != b->used) return false;
  Value k, v;
  for (int64_t i = 0; i <= a->mask; ++i) {
    if (!dict_slot(a, i, &k, &v)) continue;
    Value w = get_quiet(b, k);
    if (w.is_null() || !equal(v, w)) return false;
  }
  return true;
}

// 2.7's characterize: the smallest key of a (by <) whose value differs from
// b's (or that b lacks), and its value in *aval; null if there is none.
// Candidates are visited in slot order; each is first compared (<) with the
// current winner, and only a smaller one has its value compared with b's.
Value characterize(Dict* a, Dict* b, Value* aval) {
  Value akey;
  *aval = Value();
  Value k, v;
  for (int64_t i = 0; i <= a->mask; ++i) {
    if (!dict_slot(a, i, &k, &v)) continue;
    if (!akey.is_null()) {
      if (compare_bool(akey, k, kLt)) continue;
      // The < may have removed the entry or shrunk the table: re-read the slot.
      Value k2;
      if (!dict_slot(a, i, &k2, &v)) continue;
    }
    Value w = get_quiet(b, k);
    if (w.is_null() || !equal(v, w)) {
      akey = k;
      *aval = v;
    }
  }
  return akey;
}

}  // namespace

int dict_compare(Dict* a, Dict* b) {
  if (a->used != b->used) return a->used < b->used ? -1 : 1;
  Value aval, bval;
  Value adiff = characterize(a, b, &aval);
  if (adiff.is_null()) return 0;  // same length and a is a subset of b
  Value bdiff = characterize(b, a, &bval);
  // bdiff is null only if a comparison above made the dicts equal.
  int c = bdiff.is_null() ? 0 : cmp3(adiff, bdiff);
  if (c == 0 && !bval.is_null()) c = cmp3(aval, bval);
  return c;
}

bool is_dict_cmp_method(Value m) {
  static const Value own = dict_get_str(DictType.dict, str_intern("__cmp__"));
  return m == own;
}

Value dict_methods_register(Type* t);  // dict_methods.cc

namespace {

Value dict_repr(Value v) {
  Dict* d = v.as<Dict>();
  if (d->used == 0) return Value(str_new("{}", 2));
  ReprScope scope(v);  // a container that contains itself prints [...] / {...}
  if (!scope.entered) return Value(str_new("{...}", 5));
  std::string s = "{";
  int64_t pos = 0;
  Value k, val;
  bool first = true;
  while (dict_next(d, &pos, &k, &val)) {
    if (!first) s += ", ";
    first = false;
    s += repr(k)->view();
    s += ": ";
    s += repr(val)->view();
  }
  s += '}';
  return Value(str_new(s));
}

int64_t dict_len(Value v) { return v.as<Dict>()->used; }

Value dict_getitem(Value self, Value key) {
  Dict* d = self.as<Dict>();
  Value v = dict_get(d, key);
  if (!v.is_null()) return v;
  if (d->type != &DictType) {
    Value missing = type_lookup(d->type, str_intern("__missing__"));
    if (!missing.is_null()) return call(missing, self, key);
  }
  raise_key_error(key);
}

void dict_setitem(Value self, Value key, Value v) {
  Dict* d = self.as<Dict>();
  if (v.is_null()) {
    if (!dict_del(d, key)) raise_key_error(key);
    return;
  }
  dict_set(d, key, v);
}

int dict_contains(Value self, Value key) { return !dict_get(self.as<Dict>(), key).is_null(); }

// 2.7 defines only == and != here; <, <=, >, >= come back NotImplemented
// and core/ops.cc falls back to dict_compare (2.7's tp_compare).
Value dict_richcompare(Value a, Value b, CompareOp op) {
  if (!is_dict(b) || (op != kEq && op != kNe)) return NotImplemented();
  bool eq = dicts_equal(a.as<Dict>(), b.as<Dict>());
  return from_bool(op == kEq ? eq : !eq);
}

Value dict_new_fn(Value callee, const Value*, size_t, Tuple*) {
  Type* t = callee.as<Type>();
  Dict* d = new_object<Dict>(t, t->instance_size);
  d->table = new_table(kMinSize);
  d->mask = kMinSize - 1;
  return Value(d);
}

Value dict_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs > 1) raise_type_error("dict expected at most 1 arguments, got %zu", nargs);
  Dict* d = self.as<Dict>();
  if (nargs == 1) dict_merge(d, args[0], true);
  if (kw) {
    // 2.7 builds the keyword dict last-to-first, then merges it.
    Dict* kd = dict_new();
    for (int64_t k = kw->len - 1; k >= 0; --k) dict_set(kd, kw->items[k], args[nargs + k]);
    dict_merge(d, Value(kd), true);
  }
  return None();
}

void register_dict() {
  DictType.name = "dict";
  DictType.flags = kTypeDictSubclass | kTypeBaseOk;
  DictType.instance_size = sizeof(Dict);
  DictType.repr = dict_repr;
  DictType.len = dict_len;
  DictType.getitem = dict_getitem;
  DictType.setitem = dict_setitem;
  DictType.contains = dict_contains;
  DictType.richcompare = dict_richcompare;
  DictType.hash = hash_unhashable;
  DictType.tp_new = dict_new_fn;
  DictType.tp_init = dict_init;
  dict_methods_register(&DictType);
}
TypeRegistrar reg(register_dict);

}  // namespace
}  // namespace pytrans::rt
