// SPDX-License-Identifier: Apache-2.0
// _collections: deque and defaultdict, as in Python 2.7.
//
// A deque is a ring buffer of Values on the GC heap (`buf`, capacity `cap`,
// first item at `head`). `state` counts mutations so an iterator notices a
// deque changed under it ("deque mutated during iteration"). With a maxlen,
// appending to a full deque drops an item from the other end.
//
// defaultdict is a dict subtype with one more field, default_factory; the
// dict's getitem calls __missing__ on subtypes, which fills the key in.
#include <string>

#include "core/gc.h"
#include "objects/slice.h"
#include "support.h"

namespace pytrans::rt {
namespace {

// ---- deque ----

struct Deque : Object {
  Value* buf;
  int64_t cap, head, len;
  int64_t maxlen;  // -1 = unbounded
  int64_t state;
};

struct DequeIter : Object {
  Deque* d;
  int64_t index, state;
  bool reversed;
};

Type DequeType, DequeIterType, DequeRevIterType, DefaultDictType;

Deque* as_deque(Value v) { return v.as<Deque>(); }

Value& at(Deque* d, int64_t i) { return d->buf[(d->head + i) % d->cap]; }

void grow(Deque* d) {
  int64_t ncap = d->cap ? d->cap * 2 : 8;
  Value* nb = new_value_array(static_cast<size_t>(ncap));
  for (int64_t i = 0; i < d->len; ++i) nb[i] = at(d, i);
  d->buf = nb;
  d->cap = ncap;
  d->head = 0;
}

void push_right(Deque* d, Value v) {
  if (d->maxlen == 0) return;
  if (d->len == d->cap) grow(d);
  at(d, d->len) = v;
  ++d->len;
  ++d->state;
  if (d->maxlen >= 0 && d->len > d->maxlen) {
    at(d, 0) = Value();
    d->head = (d->head + 1) % d->cap;
    --d->len;
  }
}

void push_left(Deque* d, Value v) {
  if (d->maxlen == 0) return;
  if (d->len == d->cap) grow(d);
  d->head = (d->head - 1 + d->cap) % d->cap;
  at(d, 0) = v;
  ++d->len;
  ++d->state;
  if (d->maxlen >= 0 && d->len > d->maxlen) {
    at(d, d->len - 1) = Value();
    --d->len;
  }
}

Value pop_right(Deque* d) {
  if (d->len == 0) raise_index_error("pop from an empty deque");
  Value v = at(d, d->len - 1);
  at(d, d->len - 1) = Value();
  --d->len;
  ++d->state;
  return v;
}

Value pop_left(Deque* d) {
  if (d->len == 0) raise_index_error("pop from an empty deque");
  Value v = at(d, 0);
  at(d, 0) = Value();
  d->head = (d->head + 1) % d->cap;
  --d->len;
  ++d->state;
  return v;
}

void deque_clear_items(Deque* d) {
  d->buf = nullptr;
  d->cap = d->head = d->len = 0;
  ++d->state;
}

void extend_right(Deque* d, Value iterable) {
  if (iterable.bits == Value(d).bits) iterable = Value(list_from_iterable(iterable));
  Value it = iter(iterable);
  for (Value v = next(it); !v.is_null(); v = next(it)) push_right(d, v);
}

Value deque_tp_new(Value callee, const Value*, size_t, Tuple*) {
  Type* t = callee.as<Type>();
  Deque* d = new_object<Deque>(t, t->instance_size > sizeof(Deque) ? t->instance_size : sizeof(Deque));
  d->maxlen = -1;
  return Value(d);
}

Value deque_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs > 2) raise_type_error("deque() takes at most 2 arguments (%zu given)", nargs);
  Value iterable = nargs > 0 ? args[0] : Value(), maxlen = nargs > 1 ? args[1] : Value();
  Value ki = stdlib::kwarg("deque", kw, args, nargs, {"iterable", "maxlen"}, "iterable");
  Value km = stdlib::kwarg("deque", kw, args, nargs, {"iterable", "maxlen"}, "maxlen");
  if (!ki.is_null()) iterable = ki;
  if (!km.is_null()) maxlen = km;
  Deque* d = as_deque(self);
  d->maxlen = -1;
  if (!maxlen.is_null() && !is_none(maxlen)) {
    int64_t m = stdlib::to_i64(maxlen);
    if (m < 0) raise_value_error("maxlen must be non-negative");
    d->maxlen = m;
  }
  if (d->len > 0) deque_clear_items(d);
  if (!iterable.is_null()) extend_right(d, iterable);
  return None();
}

int64_t deque_len(Value self) { return as_deque(self)->len; }
int deque_nonzero(Value self) { return as_deque(self)->len != 0; }

// d[k]: deque is a sequence (sq_item) in 2.7, so k is taken through
// __index__, and a slice or a str is refused with the sequence message.
int64_t normalize_index(Deque* d, Value key) {
  Value k = index_value_opt(key);
  if (k.is_null()) raise_type_error("sequence index must be integer, not '%s'", type_name(key));
  if (is_long(k) && !mpz_fits_slong_p(k.as<Long>()->z)) raise_index_error("cannot fit 'long' into an index-sized integer");
  int64_t i = stdlib::to_i64(k);
  if (i < 0) i += d->len;
  if (i < 0 || i >= d->len) raise_index_error("deque index out of range");
  return i;
}

Value deque_getitem(Value self, Value key) {
  Deque* d = as_deque(self);
  return at(d, normalize_index(d, key));
}

void deque_setitem(Value self, Value key, Value v) {
  Deque* d = as_deque(self);
  int64_t i = normalize_index(d, key);
  if (!v.is_null()) {
    at(d, i) = v;
    return;
  }
  for (int64_t j = i; j + 1 < d->len; ++j) at(d, j) = at(d, j + 1);
  at(d, d->len - 1) = Value();
  --d->len;
  ++d->state;
}

Value deque_iter(Value self) {
  DequeIter* it = new_object<DequeIter>(&DequeIterType);
  it->d = as_deque(self);
  it->state = it->d->state;
  return Value(it);
}

Value dequeiter_next(Value self) {
  DequeIter* it = self.as<DequeIter>();
  if (!it->d) return Value();
  Deque* d = it->d;
  if (d->state != it->state) {
    it->d = nullptr;
    raise_msg(&RuntimeErrorType, "deque mutated during iteration");
  }
  if (it->index >= d->len) {
    it->d = nullptr;
    return Value();
  }
  int64_t i = it->reversed ? d->len - 1 - it->index : it->index;
  ++it->index;
  return at(d, i);
}

Value deque_repr(Value self) {
  Deque* d = as_deque(self);
  std::string s = "deque([";
  for (int64_t i = 0; i < d->len; ++i) {
    if (i) s += ", ";
    s += repr(at(d, i))->view();
  }
  s += "]";
  if (d->maxlen >= 0) s += ", maxlen=" + std::to_string(d->maxlen);
  s += ")";
  return stdlib::str_val(s);
}

List* deque_to_list(Deque* d) {
  List* l = list_new(static_cast<size_t>(d->len));
  for (int64_t i = 0; i < d->len; ++i) l->items[i] = at(d, i);
  return l;
}

Value deque_richcompare(Value a, Value b, CompareOp op) {
  if (b.is_small_int() || !is_subtype(type_of(b), &DequeType)) return NotImplemented();
  return compare(Value(deque_to_list(as_deque(a))), Value(deque_to_list(as_deque(b))), op);
}

Value deque_iadd(Value a, Value b) {
  extend_right(as_deque(a), b);
  return a;
}

// ---- deque methods (alphabetical) ----

Value deque_append(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("append", nargs, 1, 1);
  push_right(as_deque(self), args[0]);
  return None();
}

Value deque_appendleft(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("appendleft", nargs, 1, 1);
  push_left(as_deque(self), args[0]);
  return None();
}

Value deque_clear(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("clear", nargs, 0, 0);
  deque_clear_items(as_deque(self));
  return None();
}

Value deque_copy(Value self, const Value*, size_t, Tuple*) {
  Deque* d = as_deque(self);
  Value maxlen = d->maxlen < 0 ? None() : make_int(d->maxlen);
  if (type_of(self) == &DequeType) {
    Value r = deque_tp_new(Value(&DequeType), nullptr, 0, nullptr);
    Value a[2] = {self, maxlen};
    deque_init(r, a, 2, nullptr);
    return r;
  }
  return call(Value(type_of(self)), self, maxlen);
}

Value deque_count(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("count", nargs, 1, 1);
  Deque* d = as_deque(self);
  int64_t state = d->state, n = 0;
  for (int64_t i = 0; i < d->len; ++i) {
    if (equal(at(d, i), args[0])) ++n;
    if (d->state != state) raise_msg(&RuntimeErrorType, "deque mutated during iteration");
  }
  return make_int(n);
}

Value deque_extend(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("extend", nargs, 1, 1);
  extend_right(as_deque(self), args[0]);
  return None();
}

Value deque_extendleft(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("extendleft", nargs, 1, 1);
  Deque* d = as_deque(self);
  Value iterable = args[0];
  if (iterable.bits == self.bits) iterable = Value(list_from_iterable(iterable));
  Value it = iter(iterable);
  for (Value v = next(it); !v.is_null(); v = next(it)) push_left(d, v);
  return None();
}

Value deque_pop(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("pop", nargs, 0, 0);
  return pop_right(as_deque(self));
}

Value deque_popleft(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("popleft", nargs, 0, 0);
  return pop_left(as_deque(self));
}

Value deque_remove(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("remove", nargs, 1, 1);
  Deque* d = as_deque(self);
  int64_t n = d->len;
  for (int64_t i = 0; i < n; ++i) {
    bool eq = equal(at(d, 0), args[0]);
    if (d->len != n) raise_index_error("deque mutated during remove().");
    if (eq) {
      pop_left(d);
      // rotate back by i
      for (int64_t k = 0; k < i; ++k) push_left(d, pop_right(d));
      return None();
    }
    push_right(d, pop_left(d));
  }
  raise_value_error("deque.remove(x): x not in deque");
}

Value deque_reverse(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("reverse", nargs, 0, 0);
  Deque* d = as_deque(self);
  for (int64_t i = 0, j = d->len - 1; i < j; ++i, --j) std::swap(at(d, i), at(d, j));
  ++d->state;
  return None();
}

Value deque_reversed(Value self, const Value*, size_t, Tuple*) {
  DequeIter* it = new_object<DequeIter>(&DequeRevIterType);
  it->d = as_deque(self);
  it->state = it->d->state;
  it->reversed = true;
  return Value(it);
}

Value deque_rotate(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("rotate", nargs, 0, 1);
  Deque* d = as_deque(self);
  int64_t n = nargs ? stdlib::to_i64(args[0]) : 1;
  if (d->len <= 1) return None();
  int64_t len = d->len;
  n %= len;
  if (n < 0) n += len;
  if (n == 0) return None();
  // Rotate right by n: the last n items move to the front.
  Value* nb = new_value_array(static_cast<size_t>(d->cap));
  for (int64_t i = 0; i < len; ++i) nb[(i + n) % len] = at(d, i);
  d->buf = nb;
  d->head = 0;
  ++d->state;
  return None();
}

Value deque_maxlen(Value, const Value* args, size_t, Tuple*) {
  Deque* d = as_deque(args[0]);
  return d->maxlen < 0 ? None() : make_int(d->maxlen);
}

Value iter_next_method(Value self, const Value*, size_t nargs, Tuple*) {
  if (nargs) raise_type_error("next() takes no arguments (%zu given)", nargs);
  Value r = type_of(self)->iternext(self);
  if (r.is_null()) raise_stop_iteration();
  return r;
}

Value iter_length_hint(Value self, const Value*, size_t, Tuple*) {
  DequeIter* it = self.as<DequeIter>();
  if (!it->d) return small_int(0);
  return make_int(it->d->len - it->index);
}

Value self_iter(Value v) { return v; }

// ---- defaultdict ----

struct DefaultDict : Dict {
  Value factory;
};

Value dd_tp_new(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  Value d = DictType.tp_new(callee, args, nargs, kw);
  d.as<DefaultDict>()->factory = None();
  return d;
}

Value dd_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value factory = None();
  if (nargs > 0) {
    factory = args[0];
    if (!is_none(factory) && type_of(factory)->call == nullptr)
      raise_type_error("first argument must be callable");
    ++args;
    --nargs;
  }
  self.as<DefaultDict>()->factory = factory;
  return DictType.tp_init(self, args, nargs, kw);
}

Value dd_missing(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__missing__", nargs, 1, 1);
  Value f = self.as<DefaultDict>()->factory;
  if (f.is_null() || is_none(f)) raise_key_error(args[0]);
  Value v = call(f);
  setitem(self, args[0], v);
  return v;
}

Value dd_repr(Value self) {
  Value f = self.as<DefaultDict>()->factory;
  std::string s = "defaultdict(";
  s += (f.is_null() || is_none(f)) ? "None" : std::string(repr(f)->view());
  s += ", ";
  s += DictType.repr(self).as<Str>()->view();
  s += ")";
  return stdlib::str_val(s);
}

Value dd_copy(Value self, const Value*, size_t, Tuple*) {
  Value f = self.as<DefaultDict>()->factory;
  return call(Value(type_of(self)), f.is_null() ? None() : f, self);
}

Value dd_reduce(Value self, const Value*, size_t, Tuple*) {
  Value f = self.as<DefaultDict>()->factory;
  Value items = call_method(self, str_intern("iteritems"));
  return Value(tuple_of({Value(type_of(self)), Value(tuple_of({f.is_null() ? None() : f})), None(), None(), items}));
}

Value dd_get_factory(Value, const Value* args, size_t, Tuple*) {
  Value f = args[0].as<DefaultDict>()->factory;
  return f.is_null() ? None() : f;
}
Value dd_set_factory(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("default_factory", nargs, 2, 2);
  args[0].as<DefaultDict>()->factory = args[1];
  return None();
}

void register_collections() {
  DequeType.name = "collections.deque";
  DequeType.flags = kTypeBaseOk;
  DequeType.instance_size = sizeof(Deque);
  DequeType.tp_new = deque_tp_new;
  DequeType.tp_init = deque_init;
  DequeType.len = deque_len;
  DequeType.nonzero = deque_nonzero;
  DequeType.getitem = deque_getitem;
  DequeType.setitem = deque_setitem;
  DequeType.iter = deque_iter;
  DequeType.repr = deque_repr;
  DequeType.richcompare = deque_richcompare;
  DequeType.hash = hash_unhashable;
  DequeType.nb_inplace[kNbAdd] = deque_iadd;
  type_ready(&DequeType, {{"__copy__", deque_copy},
                          {"__reversed__", deque_reversed},
                          {"append", deque_append},
                          {"appendleft", deque_appendleft},
                          {"clear", deque_clear},
                          {"count", deque_count},
                          {"extend", deque_extend},
                          {"extendleft", deque_extendleft},
                          {"pop", deque_pop},
                          {"popleft", deque_popleft},
                          {"remove", deque_remove},
                          {"reverse", deque_reverse},
                          {"rotate", deque_rotate}});
  DequeIterType.name = "deque_iterator";
  DequeRevIterType.name = "deque_reverse_iterator";
  for (Type* t : {&DequeIterType, &DequeRevIterType}) {
    t->iter = self_iter;
    t->iternext = dequeiter_next;
    type_ready(t, {{"next", iter_next_method}, {"__length_hint__", iter_length_hint}});
  }
  DefaultDictType.name = "collections.defaultdict";
  DefaultDictType.base = &DictType;
  DefaultDictType.flags = kTypeBaseOk | kTypeDictSubclass;
  DefaultDictType.instance_size = sizeof(DefaultDict);
  DefaultDictType.tp_new = dd_tp_new;
  DefaultDictType.tp_init = dd_init;
  DefaultDictType.repr = dd_repr;
  type_ready(&DefaultDictType, {{"__missing__", dd_missing},
                                {"__copy__", dd_copy},
                                {"__reduce__", dd_reduce},
                                {"copy", dd_copy}});
}
TypeRegistrar treg(register_collections);

void init_collections(Module* m) {
  if (dict_get_str(DequeType.dict, str_intern("maxlen")).is_null()) {
    stdlib::type_add_getter(&DequeType, "maxlen", deque_maxlen);
    stdlib::type_add_getter(&DefaultDictType, "default_factory", dd_get_factory, dd_set_factory);
  }
  stdlib::mod_set(m, "deque", Value(&DequeType));
  stdlib::mod_set(m, "defaultdict", Value(&DefaultDictType));
}

NativeModule reg("_collections", init_collections);

}  // namespace
}  // namespace pytrans::rt
