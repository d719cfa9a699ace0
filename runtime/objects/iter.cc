// SPDX-License-Identifier: Apache-2.0
// Iterators: iter()/next() dispatch and the sequence iterators.
//
// next() returns a null Value at the end instead of raising StopIteration:
// for loops and builtins test for it without any exception traffic. A
// StopIteration raised by a user's next() is turned into null here too.
// A list iterator is an index, so mutating the list while iterating never
// errors (removing an item skips the next one), as in 2.7.
#include "objects/iter.h"

#include <cstdio>
#include <string>

#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/long.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

Type ListIterType, TupleIterType, StrIterType, SeqIterType, XRangeType, XRangeIterType;

namespace {

Value make_seq_iter(Type* t, Value seq) {
  SeqIter* it = new_object<SeqIter>(t);
  it->seq = seq;
  it->index = 0;
  return Value(it);
}

Value self_iter(Value v) { return v; }

// Each next() below has two paths: the plain one while this is the only
// thread, and the shared one (objects/iter.h) once others may call next()
// on the same iterator. The shared one is out of line so that the plain
// one stays a leaf function without a stack frame.

[[gnu::noinline]] Value listiter_next_shared(SeqIter* it) {
  Value seq = iter_load_seq(&it->seq);
  if (seq.is_null()) return Value();
  List* l = seq.as<List>();
  {
    // Every caller holds this list's lock, which also guards the index; an
    // append may move l->items, but not while we hold it.
    ObjLockGuard g(&l->lock);
    if (it->index < l->len) return l->items[it->index++];
  }
  iter_clear_seq(&it->seq);
  return Value();
}

Value listiter_next(Value v) {
  SeqIter* it = v.as<SeqIter>();
  if (nogil_threads()) [[unlikely]]
    return listiter_next_shared(it);
  if (it->seq.is_null()) [[unlikely]]
    return Value();
  List* l = it->seq.as<List>();
  if (it->index < l->len) return l->items[it->index++];
  it->seq = Value();
  return Value();
}

[[gnu::noinline]] Value tupleiter_next_shared(SeqIter* it) {
  Value seq = iter_load_seq(&it->seq);
  if (seq.is_null()) return Value();
  Tuple* t = seq.as<Tuple>();
  int64_t i;
  if (iter_claim_index(&it->index, t->len, &i)) return t->items[i];
  iter_clear_seq(&it->seq);
  return Value();
}

Value tupleiter_next(Value v) {
  SeqIter* it = v.as<SeqIter>();
  if (nogil_threads()) [[unlikely]]
    return tupleiter_next_shared(it);
  if (it->seq.is_null()) [[unlikely]]
    return Value();
  Tuple* t = it->seq.as<Tuple>();
  if (it->index < t->len) return t->items[it->index++];
  it->seq = Value();
  return Value();
}

[[gnu::noinline]] Value striter_next_shared(SeqIter* it) {
  Value seq = iter_load_seq(&it->seq);
  if (seq.is_null()) return Value();
  Str* s = seq.as<Str>();
  int64_t i;
  if (iter_claim_index(&it->index, s->len, &i)) return Value(str_from_char(static_cast<unsigned char>(s->data[i])));
  iter_clear_seq(&it->seq);
  return Value();
}

Value striter_next(Value v) {
  SeqIter* it = v.as<SeqIter>();
  if (nogil_threads()) [[unlikely]]
    return striter_next_shared(it);
  if (it->seq.is_null()) [[unlikely]]
    return Value();
  Str* s = it->seq.as<Str>();
  if (it->index < s->len) return Value(str_from_char(static_cast<unsigned char>(s->data[it->index++])));
  it->seq = Value();
  return Value();
}

// The index moves on only when __getitem__ returns. Shared between threads,
// a call claims its index before calling __getitem__ (which runs Python
// code) and gives it back if that raises something other than the end.
Value seqiter_next(Value v) {
  SeqIter* it = v.as<SeqIter>();
  bool shared = nogil_threads();
  Value seq = iter_load_seq(&it->seq);
  if (seq.is_null()) return Value();
  int64_t i = shared ? __atomic_fetch_add(&it->index, 1, __ATOMIC_RELAXED) : it->index;
  try {
    Value r = getitem(seq, make_int(i));
    if (!shared) ++it->index;
    return r;
  } catch (PyException& e) {
    Value exc = e.exc;
    if (exception_matches(exc, Value(&IndexErrorType)) || exception_matches(exc, Value(&StopIterationType))) {
      iter_clear_seq(&it->seq);
      return Value();
    }
    int64_t next = i + 1;
    if (shared) __atomic_compare_exchange_n(&it->index, &next, i, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED);
    throw;
  }
}

// ---- xrange ----
// Item arithmetic is done modulo 2**64: start + i * step always lands in
// the int64 range for a valid item, but i * step alone may not.

int64_t wrap_item(int64_t start, int64_t i, int64_t step) {
  return static_cast<int64_t>(static_cast<uint64_t>(start) + static_cast<uint64_t>(i) * static_cast<uint64_t>(step));
}

// The stop that repr() and __reduce__ show: one step past the last item,
// clipped to the int64 range (xrange(0, sys.maxint, 2**62) keeps its stop).
int64_t xrange_stop(XRange* r) {
  if (r->len == 0) return r->start;
  int64_t last = wrap_item(r->start, r->len - 1, r->step);
  if (r->step > 0) return last > INT64_MAX - r->step ? INT64_MAX : last + r->step;
  return last < INT64_MIN - r->step ? INT64_MIN : last + r->step;
}

[[gnu::noinline]] Value xrangeiter_next_shared(SeqIter* it) {
  Value seq = iter_load_seq(&it->seq);
  if (seq.is_null()) return Value();
  XRange* r = seq.as<XRange>();
  int64_t i;
  if (iter_claim_index(&it->index, r->len, &i)) return make_int(wrap_item(r->start, i, r->step));
  iter_clear_seq(&it->seq);
  return Value();
}

Value xrangeiter_next(Value v) {
  SeqIter* it = v.as<SeqIter>();
  if (nogil_threads()) [[unlikely]]
    return xrangeiter_next_shared(it);
  if (it->seq.is_null()) [[unlikely]]
    return Value();
  XRange* r = it->seq.as<XRange>();
  if (it->index < r->len) return make_int(wrap_item(r->start, it->index++, r->step));
  it->seq = Value();
  return Value();
}

Value xrange_iter(Value v) { return make_seq_iter(&XRangeIterType, v); }
int64_t xrange_len(Value v) { return v.as<XRange>()->len; }

// xr[i] takes any index (__index__, longs); xrange has no slicing.
Value xrange_getitem(Value v, Value key) {
  XRange* r = v.as<XRange>();
  Value k = index_value_opt(key);
  if (k.is_null()) raise_type_error("sequence index must be integer, not '%s'", type_name(key));
  int64_t i;
  if (is_int(k)) i = int_value(k);
  else if (mpz_fits_slong_p(k.as<Long>()->z)) i = mpz_get_si(k.as<Long>()->z);
  else raise_index_error("cannot fit 'long' into an index-sized integer");
  if (i < 0) i += r->len;
  if (i < 0 || i >= r->len) raise_index_error("xrange object index out of range");
  return make_int(wrap_item(r->start, i, r->step));
}

Value xrange_repr(Value v) {
  XRange* r = v.as<XRange>();
  char buf[96];
  long long start = r->start, step = r->step, stop = xrange_stop(r);
  if (start == 0 && step == 1) std::snprintf(buf, sizeof buf, "xrange(%lld)", stop);
  else if (step == 1) std::snprintf(buf, sizeof buf, "xrange(%lld, %lld)", start, stop);
  else std::snprintf(buf, sizeof buf, "xrange(%lld, %lld, %lld)", start, stop, step);
  return Value(str_new(buf, std::char_traits<char>::length(buf)));
}

// xrange(stop) / xrange(start, stop[, step]): C long arguments (__int__ is
// accepted, __index__ alone is not), and at most sys.maxint items.
Value xrange_tp_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->len) raise_type_error("xrange() does not take keyword arguments");
  if (nargs < 1 || nargs > 3) raise_type_error("xrange() requires 1-3 int arguments");
  int64_t start = 0, stop, step = 1;
  if (nargs == 1) {
    stop = as_c_long(args[0]);
  } else {
    start = as_c_long(args[0]);
    stop = as_c_long(args[1]);
    if (nargs == 3) step = as_c_long(args[2]);
  }
  if (step == 0) raise_value_error("xrange() arg 3 must not be zero");
  if (range_length(start, stop, step) > static_cast<uint64_t>(INT64_MAX))
    raise_overflow("xrange() result has too many items");
  return xrange_new(start, stop, step);
}

Value xrange_reversed(Value self, const Value*, size_t nargs, Tuple*) {
  if (nargs) raise_type_error("__reversed__() takes no arguments (%zu given)", nargs);
  XRange* r = self.as<XRange>();
  XRange* n = new_object<XRange>(&XRangeType);
  n->start = wrap_item(r->start, r->len - 1, r->step);
  n->step = static_cast<int64_t>(0 - static_cast<uint64_t>(r->step));
  n->len = r->len;
  return make_seq_iter(&XRangeIterType, Value(n));
}

Value xrange_reduce(Value self, const Value*, size_t nargs, Tuple*) {
  if (nargs) raise_type_error("__reduce__() takes no arguments (%zu given)", nargs);
  XRange* r = self.as<XRange>();
  Value args = Value(tuple_of({make_int(r->start), make_int(xrange_stop(r)), make_int(r->step)}));
  return Value(tuple_of({Value(&XRangeType), args}));
}

Value iter_length_hint(Value self, const Value*, size_t, Tuple*) {
  SeqIter* it = self.as<SeqIter>();
  Value seq = iter_load_seq(&it->seq);
  if (seq.is_null()) return small_int(0);
  int64_t left = len(seq) - __atomic_load_n(&it->index, __ATOMIC_RELAXED);
  return small_int(left > 0 ? left : 0);
}

Value iter_next_method(Value self, const Value*, size_t nargs, Tuple*) {
  if (nargs) raise_type_error("next() takes no arguments (%zu given)", nargs);
  Value r = type_of(self)->iternext(self);
  if (r.is_null()) raise_stop_iteration();
  return r;
}

void register_iters() {
  struct Row { Type* t; const char* name; UnaryFn next; };
  Row rows[] = {{&ListIterType, "listiterator", listiter_next},
                {&TupleIterType, "tupleiterator", tupleiter_next},
                {&StrIterType, "iterator", striter_next},
                {&SeqIterType, "iterator", seqiter_next},
                {&XRangeIterType, "rangeiterator", xrangeiter_next}};
  for (Row& r : rows) {
    r.t->name = r.name;
    r.t->iter = self_iter;
    r.t->iternext = r.next;
    type_ready(r.t, {{"next", iter_next_method}, {"__length_hint__", iter_length_hint}});
  }
  XRangeType.name = "xrange";
  XRangeType.iter = xrange_iter;
  XRangeType.len = xrange_len;
  XRangeType.getitem = xrange_getitem;
  XRangeType.repr = xrange_repr;
  XRangeType.tp_new = xrange_tp_new;
  type_ready(&XRangeType, {{"__reduce__", xrange_reduce}, {"__reversed__", xrange_reversed}});
}
TypeRegistrar reg(register_iters);

}  // namespace

uint64_t range_length(int64_t start, int64_t stop, int64_t step) {
  uint64_t ustart = static_cast<uint64_t>(start), ustop = static_cast<uint64_t>(stop);
  if (step > 0 && start < stop) return (ustop - ustart - 1) / static_cast<uint64_t>(step) + 1;
  if (step < 0 && start > stop) return (ustart - ustop - 1) / (0 - static_cast<uint64_t>(step)) + 1;
  return 0;
}

Value xrange_new(int64_t start, int64_t stop, int64_t step) {
  XRange* r = new_object<XRange>(&XRangeType);
  r->start = start;
  r->step = step;
  r->len = static_cast<int64_t>(range_length(start, stop, step));  // callers check it fits
  return Value(r);
}

Value list_iter(Value self) { return make_seq_iter(&ListIterType, self); }
Value tuple_iter(Value self) { return make_seq_iter(&TupleIterType, self); }
Value str_iter(Value self) { return make_seq_iter(&StrIterType, self); }

Value iter(Value obj) {
  Type* t = type_of(obj);
  if (t->iter) {
    Value it = t->iter(obj);
    if (!type_of(it)->iternext)
      raise_type_error("iter() returned non-iterator of type '%s'", type_name(it));
    return it;
  }
  if (t->getitem) return make_seq_iter(&SeqIterType, obj);
  raise_type_error("'%s' object is not iterable", type_name(obj));
}

Value next(Value it) {
  Type* t = type_of(it);
  if (!t->iternext) raise_type_error("%s object is not an iterator", type_name(it));
  return t->iternext(it);
}

}  // namespace pytrans::rt
