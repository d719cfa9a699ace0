// SPDX-License-Identifier: Apache-2.0
// dict methods (alphabetical) and dict iterators (views: dictview.cc).
// keys()/values()/items() return new lists in slot order (2.7); iter*()
// return iterators that raise "dictionary changed size during iteration"
// when the dict's size changes under them. keys()/values()/items(), pop,
// popitem, setdefault and clear are atomic (the dict's lock, dict.cc).
#include <cstring>
#include <string>

#include "core/gc.h"
#include "core/objlock.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/dict.h"
#include "objects/dictview.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

// One iterator type per kind, as in 2.7 (type(d.itervalues()) prints it).
Type DictKeyIterType, DictValueIterType, DictItemIterType;

namespace {

Dict* self_dict(Value v) { return v.as<Dict>(); }

using IterKind = DictIterKind;

struct DictIter : Object {
  Dict* dict;  // null once exhausted
  int64_t pos;
  int64_t used;
  int64_t remaining;
  IterKind kind;
};

Value make_iter(Dict* d, IterKind kind) {
  Type* t = kind == IterKind::kKeys ? &DictKeyIterType : kind == IterKind::kValues ? &DictValueIterType : &DictItemIterType;
  DictIter* it = new_object<DictIter>(t);
  it->dict = d;
  it->pos = 0;
  it->used = d->used;
  it->remaining = d->used;
  it->kind = kind;
  return Value(it);
}

Value dictiter_next(Value v) {
  DictIter* it = v.as<DictIter>();
  Dict* d = it->dict;
  if (!d) return Value();
  if (d->used != it->used) {
    it->used = -1;
    raise_msg(&RuntimeErrorType, "dictionary changed size during iteration");
  }
  Value k, val;
  if (!dict_next(d, &it->pos, &k, &val)) {
    it->dict = nullptr;
    return Value();
  }
  --it->remaining;
  switch (it->kind) {
    case IterKind::kKeys: return k;
    case IterKind::kValues: return val;
    default: return Value(tuple_of({k, val}));
  }
}

Value self_iter(Value v) { return v; }

List* collect(Dict* d, IterKind kind) {
  // A consistent snapshot: the whole walk holds the dict's lock.
  ObjLockGuard g(&d->lock);
  List* l = list_new(d->used);
  int64_t i = 0;
  for (int64_t pos = 0; pos <= d->mask && i < l->len; ++pos) {
    DictEntry* e = &d->table[pos];
    if (e->value.is_null()) continue;  // empty or deleted
    Value k = e->key, v = e->value;
    l->items[i++] = kind == IterKind::kKeys ? k : kind == IterKind::kValues ? v : Value(tuple_of({k, v}));
  }
  l->len = i;
  return l;
}

// ---- methods ----

// Called directly only (d.__cmp__(e)): comparisons reach dict_compare
// through core/ops.cc, which skips this method (is_dict_cmp_method).
Value m_cmp(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__cmp__", nargs, 1, 1);
  if (!is_dict(args[0]))
    raise_type_error("dict.__cmp__(x,y) requires y to be a 'dict', not a '%s'", type_name(args[0]));
  return small_int(dict_compare(self_dict(self), args[0].as<Dict>()));
}

Value m_clear(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("clear", nargs, 0, 0);
  dict_clear(self_dict(self));
  return None();
}

Value m_copy(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("copy", nargs, 0, 0);
  Dict* d = dict_new();
  dict_merge(d, self, true);
  return Value(d);
}

// 2.7: when cls() is an exact dict and the source an exact dict, set or
// frozenset, the table is presized for (len / 2) * 3 and the keys inserted in
// the source's slot order with their stored hashes and no resize checks, so
// dict.fromkeys(11 keys) keeps 16 slots where one-by-one inserts would grow
// to 64. Anything else is iterated and stored with d[key] = value.
Value m_fromkeys(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("fromkeys", nargs, 1, 2);
  Value value = nargs == 2 ? args[1] : None();
  Value cls = is_type(self) ? self : Value(type_of(self));
  Value dv = call(cls);
  Type* src_type = type_of(args[0]);
  if (type_of(dv) == &DictType && (src_type == &DictType || src_type == &SetType || src_type == &FrozenSetType)) {
    Dict* d = dv.as<Dict>();
    bool from_dict = src_type == &DictType;
    int64_t n = from_dict ? args[0].as<Dict>()->used : args[0].as<Set>()->used;
    dict_presize(d, (n / 2) * 3);
    int64_t pos = 0, hash;
    Value k;
    if (from_dict) {
      while (dict_next_hash(args[0].as<Dict>(), &pos, &k, nullptr, &hash)) dict_insert_no_resize(d, k, hash, value);
    } else {
      while (set_next(args[0].as<Set>(), &pos, &k, &hash)) dict_insert_no_resize(d, k, hash, value);
    }
    return dv;
  }
  Value it = iter(args[0]);
  for (Value k = next(it); !k.is_null(); k = next(it)) setitem(dv, k, value);
  return dv;
}

Value m_get(Value self, const Value* args, size_t nargs, Tuple*) {
  if (nargs < 1) raise_type_error("get expected at least 1 arguments, got %zu", nargs);
  if (nargs > 2) raise_type_error("get expected at most 2 arguments, got %zu", nargs);
  Value v = dict_get(self_dict(self), args[0]);
  if (!v.is_null()) return v;
  return nargs == 2 ? args[1] : None();
}

Value m_has_key(Value self, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 1) raise_type_error("has_key() takes exactly one argument (%zu given)", nargs);
  return from_bool(!dict_get(self_dict(self), args[0]).is_null());
}

Value m_items(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("items", nargs, 0, 0);
  return Value(collect(self_dict(self), IterKind::kItems));
}
Value m_keys(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("keys", nargs, 0, 0);
  return Value(collect(self_dict(self), IterKind::kKeys));
}
Value m_values(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("values", nargs, 0, 0);
  return Value(collect(self_dict(self), IterKind::kValues));
}
Value m_viewitems(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("viewitems", nargs, 0, 0);
  return dictview_new(self_dict(self), IterKind::kItems);
}
Value m_viewkeys(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("viewkeys", nargs, 0, 0);
  return dictview_new(self_dict(self), IterKind::kKeys);
}
Value m_viewvalues(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("viewvalues", nargs, 0, 0);
  return dictview_new(self_dict(self), IterKind::kValues);
}
Value m_iteritems(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("iteritems", nargs, 0, 0);
  return make_iter(self_dict(self), IterKind::kItems);
}
Value m_iterkeys(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("iterkeys", nargs, 0, 0);
  return make_iter(self_dict(self), IterKind::kKeys);
}
Value m_itervalues(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("itervalues", nargs, 0, 0);
  return make_iter(self_dict(self), IterKind::kValues);
}

Value m_pop(Value self, const Value* args, size_t nargs, Tuple*) {
  if (nargs < 1 || nargs > 2) raise_type_error("pop expected at %s, got %zu", nargs < 1 ? "least 1 arguments" : "most 2 arguments", nargs);
  // 2.7 answers for an empty dict without hashing the key.
  Value v = self_dict(self)->used == 0 ? Value() : dict_pop_key(self_dict(self), args[0]);
  if (v.is_null()) {
    if (nargs == 2) return args[1];
    raise_key_error(args[0]);
  }
  return v;
}

Value m_popitem(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("popitem", nargs, 0, 0);
  Dict* d = self_dict(self);
  ObjLockGuard g(&d->lock);
  if (d->used == 0) {
    g.unlock();
    raise_msg(&KeyErrorType, "popitem(): dictionary is empty");
  }
  // Slot 0 first; else scan from the finger kept in slot 0's hash field.
  DictEntry* t = d->table;
  int64_t i = 0;
  if (t[0].value.is_null()) {
    i = t[0].hash;
    if (i > d->mask || i < 1) i = 1;
    while (t[i].value.is_null()) {
      if (++i > d->mask) i = 1;
    }
  }
  Value k = t[i].key, v = t[i].value;
  dict_del_slot(d, i);
  t[0].hash = i + 1;
  return Value(tuple_of({k, v}));
}

Value m_setdefault(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("setdefault", nargs, 1, 2);
  return dict_setdefault(self_dict(self), args[0], nargs == 2 ? args[1] : None());
}

Value m_update(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs > 1) raise_type_error("update expected at most 1 arguments, got %zu", nargs);
  Dict* d = self_dict(self);
  if (nargs == 1) dict_merge(d, args[0], true);
  if (kw) {
    Dict* kd = dict_new();
    for (int64_t k = kw->len - 1; k >= 0; --k) dict_set(kd, kw->items[k], args[nargs + k]);
    dict_merge(d, Value(kd), true);
  }
  return None();
}

// Dict iterators come only from iter(d), d.iter*() and views.
Value dictiter_tp_new(Value callee, const Value*, size_t, Tuple*) {
  raise_fmt(&TypeErrorType, "cannot create '%s' instances", callee.as<Type>()->name);
}

Value dict_iter(Value self) { return make_iter(self_dict(self), IterKind::kKeys); }

Value dictiter_length_hint(Value self, const Value*, size_t, Tuple*) {
  DictIter* it = self.as<DictIter>();
  return small_int(it->dict && it->used == it->dict->used ? it->remaining : 0);
}

}  // namespace

Value dict_iter_new(Dict* d, DictIterKind kind) { return make_iter(d, kind); }

Value dict_methods_register(Type* t) {
  t->iter = dict_iter;
  type_ready(t, {
      {"__cmp__", m_cmp},
      {"clear", m_clear},
      {"copy", m_copy},
      {"fromkeys", m_fromkeys},
      {"get", m_get},
      {"has_key", m_has_key},
      {"items", m_items},
      {"iteritems", m_iteritems},
      {"iterkeys", m_iterkeys},
      {"itervalues", m_itervalues},
      {"keys", m_keys},
      {"pop", m_pop},
      {"popitem", m_popitem},
      {"setdefault", m_setdefault},
      {"update", m_update},
      {"values", m_values},
      {"viewitems", m_viewitems},
      {"viewkeys", m_viewkeys},
      {"viewvalues", m_viewvalues},
  });
  DictKeyIterType.name = "dictionary-keyiterator";
  DictValueIterType.name = "dictionary-valueiterator";
  DictItemIterType.name = "dictionary-itemiterator";
  for (Type* it : {&DictKeyIterType, &DictValueIterType, &DictItemIterType}) {
    it->iter = self_iter;
    it->iternext = dictiter_next;
    it->tp_new = dictiter_tp_new;
    type_ready(it, {{"__length_hint__", dictiter_length_hint}});
  }
  return None();
}

}  // namespace pytrans::rt
