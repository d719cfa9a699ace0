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

Value listiter_next(Value v) {
  SeqIter* it = v.as<SeqIter>();
  if (it->seq.is_null()) return Value();
  List* l = it->seq.as<List>();
  if (it->index < l->len) return l->items[it->index++];
  it->seq = Value();
  return Value();
}

Value tupleiter_next(Value v) {
  SeqIter* it = v.as<SeqIter>();
  if (it->seq.is_null()) return Value();
  Tuple* t = it->seq.as<Tuple>();
  if (it->index < t->len) return t->items[it->index++];
  it->seq = Value();
  return Value();
}

Value striter_next(Value v) {
  SeqIter* it = v.as<SeqIter>();
  if (it->seq.is_null()) return Value();
  Str* s = it->seq.as<Str>();
  if (it->index < s->len) return Value(str_from_char(static_cast<unsigned char>(s->data[it->index++])));
  it->seq = Value();
  return Value();
}

Value seqiter_next(Value v) {
  SeqIter* it = v.as<SeqIter>();
  if (it->seq.is_null()) return Value();
  try {
    Value r = getitem(it->seq, make_int(it->index));
    ++it->index;
    return r;
  } catch (PyException& e) {
    Value exc = e.exc;
    if (exception_matches(exc, Value(&IndexErrorType)) || exception_matches(exc, Value(&StopIterationType))) {
      it->seq = Value();
      return Value();
    }
    throw;
  }
}

// ---- xrange ----

Value xrangeiter_next(Value v) {
  SeqIter* it = v.as<SeqIter>();
  if (it->seq.is_null()) return Value();
  XRange* r = it->seq.as<XRange>();
  if (it->index < r->len) return make_int(r->start + (it->index++) * r->step);
  it->seq = Value();
  return Value();
}

Value xrange_iter(Value v) { return make_seq_iter(&XRangeIterType, v); }
int64_t xrange_len(Value v) { return v.as<XRange>()->len; }

Value xrange_getitem(Value v, Value key) {
  XRange* r = v.as<XRange>();
  if (!is_int(key)) raise_type_error("sequence index must be integer, not '%s'", type_name(key));
  int64_t i = int_value(key);
  if (i < 0) i += r->len;
  if (i < 0 || i >= r->len) raise_index_error("xrange object index out of range");
  return make_int(r->start + i * r->step);
}

Value xrange_repr(Value v) {
  XRange* r = v.as<XRange>();
  char buf[96];
  int64_t stop = r->start + r->len * r->step;
  if (r->start == 0 && r->step == 1) std::snprintf(buf, sizeof buf, "xrange(%lld)", static_cast<long long>(stop));
  else if (r->step == 1)
    std::snprintf(buf, sizeof buf, "xrange(%lld, %lld)", static_cast<long long>(r->start), static_cast<long long>(stop));
  else
    std::snprintf(buf, sizeof buf, "xrange(%lld, %lld, %lld)", static_cast<long long>(r->start),
                  static_cast<long long>(stop), static_cast<long long>(r->step));
  return Value(str_new(buf, std::char_traits<char>::length(buf)));
}

int64_t to_i64_arg(Value v, const char* what) {
  if (is_int(v)) return int_value(v);
  (void)what;
  if (is_float(v)) raise_type_error("integer argument expected, got float");
  raise_type_error("an integer is required");
}

Value xrange_tp_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  if (kw) raise_type_error("xrange() does not take keyword arguments");
  if (nargs < 1 || nargs > 3) {
    raise_type_error("xrange() requires 1-3 int arguments");
  }
  int64_t start = 0, stop, step = 1;
  if (nargs == 1) {
    stop = to_i64_arg(args[0], "stop");
  } else {
    start = to_i64_arg(args[0], "start");
    stop = to_i64_arg(args[1], "stop");
    if (nargs == 3) step = to_i64_arg(args[2], "step");
  }
  if (step == 0) raise_value_error("xrange() arg 3 must not be zero");
  return xrange_new(start, stop, step);
}

Value xrange_reversed(Value self, const Value*, size_t nargs, Tuple*) {
  (void)nargs;
  XRange* r = self.as<XRange>();
  int64_t last = r->start + (r->len - 1) * r->step;
  XRange* n = new_object<XRange>(&XRangeType);
  n->start = last;
  n->step = -r->step;
  n->len = r->len;
  return make_seq_iter(&XRangeIterType, Value(n));
}

Value iter_length_hint(Value self, const Value*, size_t, Tuple*) {
  SeqIter* it = self.as<SeqIter>();
  if (it->seq.is_null()) return small_int(0);
  return small_int(len(it->seq) - it->index > 0 ? len(it->seq) - it->index : 0);
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
  type_ready(&XRangeType, {{"__reversed__", xrange_reversed}});
}
TypeRegistrar reg(register_iters);

}  // namespace

Value xrange_new(int64_t start, int64_t stop, int64_t step) {
  XRange* r = new_object<XRange>(&XRangeType);
  r->start = start;
  r->step = step;
  int64_t n = 0;
  if (step > 0 && start < stop) n = static_cast<int64_t>((static_cast<unsigned __int128>(stop - start) - 1) / step + 1);
  else if (step < 0 && start > stop) n = static_cast<int64_t>((static_cast<unsigned __int128>(start - stop) - 1) / (-step) + 1);
  r->len = n;
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
