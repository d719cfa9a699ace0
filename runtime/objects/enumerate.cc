// SPDX-License-Identifier: Apache-2.0
// enumerate, reversed and callable-iterator, as 2.7's enumobject.c and
// iterobject.c.
//
// enumerate counts with a machine int until it would overflow, then with
// longs (enumerate(x, sys.maxint) keeps going). reversed() calls
// __reversed__ when the type (or an old-style instance) has one, else walks
// a sequence from len-1 down with __getitem__, stopping at IndexError; a
// dict is not a sequence. iter(f, sentinel) calls f until it returns a value
// equal to the sentinel (or raises StopIteration) and then stays exhausted.
#include "objects/enumerate.h"

#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/long.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode.h"

namespace pytrans::rt {

Type EnumerateType, ReversedType, CallIterType, ListRevIterType;

namespace {

struct Enumerate : Object {
  Value it;     // the underlying iterator
  Value index;  // next index (int, or long once past sys.maxint)
  uint8_t lock;  // core/objlock.h: pairs an item with its index across threads
};

struct Reversed : Object {
  Value seq;  // null once exhausted
  int64_t index;
};

struct CallIter : Object {
  Value callable;  // null once exhausted
  Value sentinel;
};

Value self_iter(Value v) { return v; }

Value next_method(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("next", nargs, 0, 0);
  Value r = type_of(self)->iternext(self);
  if (r.is_null()) raise_stop_iteration();
  return r;
}

// ---- enumerate ----

Value enumerate_tp_new(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  Value seq, start;
  if (nargs > 2) raise_type_error("enumerate() takes at most 2 arguments (%zu given)", nargs);
  if (nargs > 0) seq = args[0];
  if (nargs > 1) start = args[1];
  const char* unknown = nullptr;  // reported after the missing-argument check, as 2.7 does
  if (kw) {
    for (int64_t k = 0; k < kw->len; ++k) {
      std::string_view n = kw->items[k].as<Str>()->view();
      Value v = args[nargs + k];
      if (n == "sequence" && nargs < 1) seq = v;
      else if (n == "start" && nargs < 2) start = v;
      else if (n == "sequence" || n == "start")
        raise_type_error("Argument given by name ('%s') and position (%d)", kw->items[k].as<Str>()->data, n == "sequence" ? 1 : 2);
      else if (!unknown)
        unknown = kw->items[k].as<Str>()->data;
    }
  }
  if (seq.is_null()) raise_type_error("Required argument 'sequence' (pos 1) not found");
  if (unknown) raise_type_error("'%s' is an invalid keyword argument for this function", unknown);
  if (start.is_null()) {
    start = small_int(0);
  } else if (!is_int(start) && !is_long(start)) {
    Value i = index_value_opt(start);
    if (i.is_null()) raise_type_error("'%s' object cannot be interpreted as an index", type_name(start));
    start = i;
  }
  // A long start that fits counts as an int (2.7 keeps a C counter until sys.maxint).
  if (is_long(start) && mpz_fits_slong_p(start.as<Long>()->z)) start = make_int(mpz_get_si(start.as<Long>()->z));
  Type* t = callee.as<Type>();
  Enumerate* e = new_object<Enumerate>(t, t->instance_size > sizeof(Enumerate) ? t->instance_size : sizeof(Enumerate));
  e->it = iter(seq);
  e->index = start;
  return Value(e);
}

// Iterators whose next() is atomic and never runs Python code.
bool is_atomic_builtin_iter(Value it) {
  if (it.is_small_int()) return false;
  Type* t = it.obj()->type;
  return t == &ListIterType || t == &TupleIterType || t == &StrIterType || t == &XRangeIterType ||
         t == &UnicodeIterType || t == &ListRevIterType;
}

// Shared between threads, each item gets exactly one index. Over a builtin
// iterator the item and its index are taken under the enumerate's lock, so
// item k is numbered start + k as under 2.7's GIL. Any other iterator may
// run Python code, which must not run under a lock: the item is fetched
// first and numbered afterwards (2.7 gives no better order there either,
// as its GIL may switch threads inside that code).
Value enumerate_next_shared(Enumerate* e) {
  Value x, i;
  bool atomic = is_atomic_builtin_iter(e->it);
  if (!atomic) {
    x = next(e->it);
    if (x.is_null()) return Value();
  }
  {
    ObjLockGuard g(&e->lock);
    if (atomic) {
      x = next(e->it);
      if (x.is_null()) return Value();
    }
    i = e->index;
    e->index = add(i, small_int(1));  // int or long arithmetic: no Python code
  }
  return Value(tuple_of({i, x}));
}

Value enumerate_next(Value v) {
  Enumerate* e = v.as<Enumerate>();
  if (nogil_threads()) return enumerate_next_shared(e);
  Value x = next(e->it);
  if (x.is_null()) return Value();
  Value i = e->index;
  e->index = add(i, small_int(1));
  return Value(tuple_of({i, x}));
}

// ---- reversed ----

Value reversed_tp_new(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  Type* t = callee.as<Type>();
  if (t == &ReversedType && kw && kw->len) raise_type_error("reversed() does not take keyword arguments");
  if (nargs != 1) raise_type_error("reversed expected 1 arguments, got %zu", nargs);
  Value seq = args[0];
  Type* st = type_of(seq);
  Value meth;
  if (st == &InstanceType) {
    meth = getattr_opt(seq, str_intern("__reversed__"));
    if (!meth.is_null()) return call(meth);
  } else {
    meth = type_lookup(st, str_intern("__reversed__"));
    if (!meth.is_null()) return call(meth, seq);
  }
  bool sequence = st == &InstanceType ? !getattr_opt(seq, str_intern("__getitem__")).is_null()
                                      : st->getitem != nullptr && !is_dict(seq);
  if (!sequence) raise_type_error("argument to reversed() must be a sequence");
  int64_t n = len(seq);
  // reversed(list) is list.__reversed__ in 2.7: a listreverseiterator.
  if (t == &ReversedType && st == &ListType) t = &ListRevIterType;
  Reversed* r = new_object<Reversed>(t, t->instance_size > sizeof(Reversed) ? t->instance_size : sizeof(Reversed));
  r->seq = seq;
  r->index = n - 1;
  return Value(r);
}

// Shared between threads, a listreverseiterator moves under the list's
// lock and a reversed() over another sequence claims its index first.
[[gnu::noinline]] Value reversed_next_shared(Reversed* r) {
  Value seq = iter_load_seq(&r->seq);
  if (seq.is_null()) return Value();
  if (!seq.is_small_int() && seq.obj()->type == &ListType) {
    List* l = seq.as<List>();
    ObjLockGuard g(&l->lock);
    if (r->index >= 0 && r->index < l->len) return l->items[r->index--];
  } else {
    int64_t i;
    if (iter_claim_index_down(&r->index, &i)) {
      try {
        return getitem(seq, make_int(i));
      } catch (PyException& e) {
        Value exc = e.exc;
        if (!exception_matches(exc, Value(&IndexErrorType)) && !exception_matches(exc, Value(&StopIterationType))) {
          int64_t next = i - 1;  // not the end: give the index back
          __atomic_compare_exchange_n(&r->index, &next, i, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED);
          throw;
        }
      }
    }
  }
  __atomic_store_n(&r->index, -1, __ATOMIC_RELAXED);
  iter_clear_seq(&r->seq);
  return Value();
}

}  // namespace

Value list_reversed_iter(Value list) {
  Reversed* r = new_object<Reversed>(&ListRevIterType, sizeof(Reversed));
  r->seq = list;
  r->index = len(list) - 1;
  return Value(r);
}

namespace {

Value reversed_next(Value v) {
  Reversed* r = v.as<Reversed>();
  if (nogil_threads()) return reversed_next_shared(r);
  if (r->seq.is_null()) return Value();
  if (r->index >= 0) {
    Value seq = r->seq;
    if (!seq.is_small_int() && seq.obj()->type == &ListType) {
      List* l = seq.as<List>();
      if (r->index < l->len) return l->items[r->index--];
    } else {
      try {
        Value item = getitem(seq, make_int(r->index));
        r->index--;
        return item;
      } catch (PyException& e) {
        Value exc = e.exc;
        if (!exception_matches(exc, Value(&IndexErrorType)) && !exception_matches(exc, Value(&StopIterationType)))
          throw;
      }
    }
  }
  r->index = -1;
  r->seq = Value();
  return Value();
}

Value reversed_length_hint(Value self, const Value*, size_t, Tuple*) {
  Reversed* r = self.as<Reversed>();
  Value seq = iter_load_seq(&r->seq);
  if (seq.is_null()) return small_int(0);
  int64_t n = len(seq), index = __atomic_load_n(&r->index, __ATOMIC_RELAXED);
  return small_int(n < index + 1 ? 0 : index + 1);
}

// listreverseiterator's hint is a long in 2.7 (reversed's is an int).
Value listreviter_length_hint(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value n = reversed_length_hint(self, args, nargs, kw);
  return long_from_i64(int_value(n));
}

// ---- callable-iterator ----

Value calliter_next(Value v) {
  CallIter* c = v.as<CallIter>();
  if (c->callable.is_null()) return Value();
  Value r;
  try {
    r = call(c->callable);
  } catch (PyException& e) {
    Value exc = e.exc;
    if (!exception_matches(exc, Value(&StopIterationType))) throw;
    c->callable = Value();
    return Value();
  }
  if (equal(r, c->sentinel)) {
    c->callable = Value();
    return Value();
  }
  return r;
}

void register_enumerate() {
  EnumerateType.name = "enumerate";
  EnumerateType.flags = kTypeBaseOk;
  EnumerateType.instance_size = sizeof(Enumerate);
  EnumerateType.iter = self_iter;
  EnumerateType.iternext = enumerate_next;
  EnumerateType.tp_new = enumerate_tp_new;
  type_ready(&EnumerateType, {{"next", next_method}});
  ReversedType.name = "reversed";
  ReversedType.flags = kTypeBaseOk;
  ReversedType.instance_size = sizeof(Reversed);
  ReversedType.iter = self_iter;
  ReversedType.iternext = reversed_next;
  ReversedType.tp_new = reversed_tp_new;
  type_ready(&ReversedType, {{"__length_hint__", reversed_length_hint}, {"next", next_method}});
  ListRevIterType.name = "listreverseiterator";
  ListRevIterType.instance_size = sizeof(Reversed);
  ListRevIterType.iter = self_iter;
  ListRevIterType.iternext = reversed_next;
  type_ready(&ListRevIterType, {{"__length_hint__", listreviter_length_hint}, {"next", next_method}});
  CallIterType.name = "callable-iterator";
  CallIterType.iter = self_iter;
  CallIterType.iternext = calliter_next;
  type_ready(&CallIterType, {{"next", next_method}});
}
TypeRegistrar reg(register_enumerate);

}  // namespace

Value calliter_new(Value callable, Value sentinel) {
  CallIter* c = new_object<CallIter>(&CallIterType);
  c->callable = callable;
  c->sentinel = sentinel;
  return Value(c);
}

}  // namespace pytrans::rt
