// SPDX-License-Identifier: Apache-2.0
// dict views: dict_keys, dict_values and dict_items, as 2.7.18 has them.
//
// A view only points at its dict, so it always shows the dict's current
// contents: len, iteration (through the dict's own iterators, with their
// "dictionary changed size during iteration" check), `in` and repr
// (dict_keys(['a', 'b']), or "..." when the view is already being printed)
// all read the dict at the moment they run.
//
// Keys and items views are set-like: ==, !=, <, <=, >, >= against a set, a
// frozenset or another keys/items view compare lengths and then membership,
// and &, |, -, ^ accept any iterable on either side and return a new set
// (set(left) then the matching *_update(right) method; the left operand is
// not always the view). They are unhashable. Values views have none of this:
// they compare and hash by identity, and `in` falls back to iterating.
// 2.7.18's views have no isdisjoint() and no other public methods.
#include "objects/dictview.h"

#include <string>

#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

Type DictKeysType, DictValuesType, DictItemsType;

namespace {

Dict* view_dict(Value v) { return v.as<DictView>()->dict; }

DictIterKind kind_of(Value view) {
  Type* t = type_of(view);
  return t == &DictKeysType ? DictIterKind::kKeys : t == &DictValuesType ? DictIterKind::kValues : DictIterKind::kItems;
}

// Keys and items views (2.7's PyDictViewSet_Check).
bool is_set_view(Value v) {
  if (v.is_small_int()) return false;
  Type* t = v.obj()->type;
  return t == &DictKeysType || t == &DictItemsType;
}

// Every element of `a` is in `b`.
bool all_contained_in(Value a, Value b) {
  Value it = iter(a);
  for (Value x = next(it); !x.is_null(); x = next(it))
    if (!contains(b, x)) return false;
  return true;
}

// `set(a).<update_method>(b)`: the shared body of the four set operators.
Value set_operation(Value a, Value b, const char* update_method) {
  Set* result = set_from_iterable(a);
  call_method(Value(result), str_intern(update_method), b);
  return Value(result);
}

// ---- slots ----

Value view_repr(Value self) {
  ReprScope scope(self);
  if (!scope.entered) return Value(str_new("...", 3));
  List* items = list_from_iterable(self);
  std::string s = type_of(self)->name;
  s += '(';
  s += repr(Value(items))->view();
  s += ')';
  return Value(str_new(s));
}

int64_t view_len(Value self) { return view_dict(self)->used; }

Value view_iter(Value self) { return dict_iter_new(view_dict(self), kind_of(self)); }

int keys_contains(Value self, Value key) { return !dict_get(view_dict(self), key).is_null(); }

// (key, value) in items: only a 2-tuple can be; a key that cannot be looked
// up (unhashable) is simply absent, as with 2.7's PyDict_GetItem.
int items_contains(Value self, Value item) {
  if (!is_tuple(item) || item.as<Tuple>()->len != 2) return 0;
  Value key = item.as<Tuple>()->items[0];
  Value found;
  try {
    found = dict_get(view_dict(self), key);
  } catch (PyException&) {
    return 0;
  }
  if (found.is_null()) return 0;
  return equal(item.as<Tuple>()->items[1], found);
}

Value view_richcompare(Value self, Value other, CompareOp op) {
  if (!is_anyset(other) && !is_set_view(other)) return NotImplemented();
  int64_t len_self = len(self), len_other = len(other);
  bool ok = false;
  switch (op) {
    case kEq:
    case kNe:
      ok = len_self == len_other && all_contained_in(self, other);
      if (op == kNe) ok = !ok;
      break;
    case kLt: ok = len_self < len_other && all_contained_in(self, other); break;
    case kLe: ok = len_self <= len_other && all_contained_in(self, other); break;
    case kGt: ok = len_self > len_other && all_contained_in(other, self); break;
    case kGe: ok = len_self >= len_other && all_contained_in(other, self); break;
  }
  return from_bool(ok);
}

Value view_sub(Value a, Value b) { return set_operation(a, b, "difference_update"); }
Value view_and(Value a, Value b) { return set_operation(a, b, "intersection_update"); }
Value view_or(Value a, Value b) { return set_operation(a, b, "update"); }
Value view_xor(Value a, Value b) { return set_operation(a, b, "symmetric_difference_update"); }

// Views come only from a dict's view*() methods.
Value view_tp_new(Value callee, const Value*, size_t, Tuple*) {
  raise_fmt(&TypeErrorType, "cannot create '%s' instances", callee.as<Type>()->name);
}

// Keys and items views behave as sets; values views do not.
void make_set_like(Type* t, int (*contains)(Value, Value)) {
  t->contains = contains;
  t->richcompare = view_richcompare;
  t->hash = hash_unhashable;
  t->nb[kNbSub] = view_sub;
  t->nb[kNbAnd] = view_and;
  t->nb[kNbOr] = view_or;
  t->nb[kNbXor] = view_xor;
}

void register_dictviews() {
  DictKeysType.name = "dict_keys";
  DictValuesType.name = "dict_values";
  DictItemsType.name = "dict_items";
  for (Type* t : {&DictKeysType, &DictValuesType, &DictItemsType}) {
    t->instance_size = sizeof(DictView);
    t->repr = view_repr;
    t->len = view_len;
    t->iter = view_iter;
    t->tp_new = view_tp_new;
  }
  make_set_like(&DictKeysType, keys_contains);
  make_set_like(&DictItemsType, items_contains);
  for (Type* t : {&DictKeysType, &DictValuesType, &DictItemsType}) type_ready(t);
}
TypeRegistrar reg(register_dictviews);

}  // namespace

Value dictview_new(Dict* d, DictIterKind kind) {
  Type* t = kind == DictIterKind::kKeys ? &DictKeysType : kind == DictIterKind::kValues ? &DictValuesType : &DictItemsType;
  DictView* v = new_object<DictView>(t);
  v->dict = d;
  return Value(v);
}

}  // namespace pytrans::rt
