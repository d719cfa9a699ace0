// SPDX-License-Identifier: Apache-2.0
// slice objects and index arithmetic (2.7's PySlice_GetIndicesEx rules).
#include "objects/slice.h"

#include <string>

#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/long.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

Type SliceType;

Slice* slice_new(Value start, Value stop, Value step) {
  Slice* s = new_object<Slice>(&SliceType);
  s->start = start.is_null() ? None() : start;
  s->stop = stop.is_null() ? None() : stop;
  s->step = step.is_null() ? None() : step;
  return s;
}

Value index_value_opt(Value v) {
  if (is_int(v) || is_long(v)) return v;
  Type* t = type_of(v);
  if (t->nb_index) return t->nb_index(v);
  return Value();
}

int64_t slice_bound(Value v) {
  Value i = index_value_opt(v);
  if (i.is_null())
    raise_type_error("slice indices must be integers or None or have an __index__ method");
  if (is_int(i)) return int_value(i);
  // Longs clamp to the int64 range, as 2.7's _PyEval_SliceIndex does.
  if (mpz_fits_slong_p(i.as<Long>()->z)) return mpz_get_si(i.as<Long>()->z);
  return mpz_sgn(i.as<Long>()->z) < 0 ? INT64_MIN : INT64_MAX;
}

namespace {
// One bound against the length, as 2.7.18's _PySlice_AdjustIndices. The
// addition wraps as CPython's does (-fwrapv); it only can for the negative
// lengths that slice.indices() accepts.
int64_t adjust_bound(int64_t b, int64_t len, int64_t step) {
  if (b < 0) {
    b = static_cast<int64_t>(static_cast<uint64_t>(b) + static_cast<uint64_t>(len));
    if (b < 0) b = step < 0 ? -1 : 0;
  } else if (b >= len) {
    b = step < 0 ? len - 1 : len;
  }
  return b;
}
}  // namespace

int64_t slice_indices(Slice* s, int64_t len, int64_t* start, int64_t* stop, int64_t* step) {
  int64_t st = is_none(s->step) ? 1 : slice_bound(s->step);
  if (st == 0) raise_value_error("slice step cannot be zero");
  if (st < -INT64_MAX) st = -INT64_MAX;
  // Omitted bounds are the extremes, then adjusted like given ones.
  int64_t lo = is_none(s->start) ? (st < 0 ? INT64_MAX : 0) : slice_bound(s->start);
  int64_t hi = is_none(s->stop) ? (st < 0 ? INT64_MIN : INT64_MAX) : slice_bound(s->stop);
  lo = adjust_bound(lo, len, st);
  hi = adjust_bound(hi, len, st);
  *start = lo;
  *stop = hi;
  *step = st;
  if ((st < 0 && hi >= lo) || (st > 0 && lo >= hi)) return 0;
  if (st < 0) return (hi - lo + 1) / st + 1;
  return (hi - lo - 1) / st + 1;
}

namespace {

Value slice_repr(Value v) {
  Slice* s = v.as<Slice>();
  std::string r = "slice(";
  r += repr(s->start)->view();
  r += ", ";
  r += repr(s->stop)->view();
  r += ", ";
  r += repr(s->step)->view();
  r += ")";
  return Value(str_new(r));
}

Value slice_getattr(Value v, Str* name) {
  Slice* s = v.as<Slice>();
  if (name->view() == "start") return s->start;
  if (name->view() == "stop") return s->stop;
  if (name->view() == "step") return s->step;
  return generic_getattr(v, name);
}

Value slice_tp_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  if (kw) raise_type_error("slice() does not take keyword arguments");
  if (nargs < 1) raise_type_error("slice expected at least 1 arguments, got 0");
  if (nargs > 3) raise_type_error("slice expected at most 3 arguments, got %zu", nargs);
  if (nargs == 1) return Value(slice_new(None(), args[0], None()));
  return Value(slice_new(args[0], args[1], nargs == 3 ? args[2] : None()));
}

Value slice_richcompare(Value a, Value b, CompareOp op) {
  if (!is_slice(b)) return NotImplemented();
  Slice* x = a.as<Slice>();
  Slice* y = b.as<Slice>();
  return compare(Value(tuple_of({x->start, x->stop, x->step})), Value(tuple_of({y->start, y->stop, y->step})), op);
}

Value slice_indices_m(Value self, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 1) raise_type_error("indices() takes exactly one argument (%zu given)", nargs);
  Value len = index_value_opt(args[0]);
  if (len.is_null()) raise_type_error("'%s' object cannot be interpreted as an index", type_name(args[0]));
  if (is_long(len) && !mpz_fits_slong_p(len.as<Long>()->z))
    raise_overflow("cannot fit 'long' into an index-sized integer");
  // 2.7 accepts a negative length and clamps against it all the same.
  int64_t n = slice_bound(len), start, stop, step;
  slice_indices(self.as<Slice>(), n, &start, &stop, &step);
  // 2.7 returns the clamped values (not the count).
  return Value(tuple_of({make_int(start), make_int(stop), make_int(step)}));
}

// s.__reduce__() is (slice, (start, stop, step)), so slices pickle.
Value slice_reduce_m(Value self, const Value*, size_t nargs, Tuple*) {
  if (nargs != 0) raise_type_error("__reduce__() takes no arguments (%zu given)", nargs);
  Slice* s = self.as<Slice>();
  return Value(tuple_of({Value(&SliceType), Value(tuple_of({s->start, s->stop, s->step}))}));
}

// 2.7's slice_hash raises its own message, without the type name.
int64_t slice_hash(Value) { raise_type_error("unhashable type"); }

Value slice_cmp_m(Value self, const Value* args, size_t nargs, Tuple*) {
  return type_cmp_via_richcompare(&SliceType, self, args, nargs);
}

void register_slice() {
  SliceType.name = "slice";
  SliceType.repr = slice_repr;
  SliceType.getattr = slice_getattr;
  SliceType.tp_new = slice_tp_new;
  SliceType.richcompare = slice_richcompare;
  SliceType.hash = slice_hash;
  type_ready(&SliceType, {{"__cmp__", slice_cmp_m}, {"__reduce__", slice_reduce_m}, {"indices", slice_indices_m}});
  type_hide_wrappers(&SliceType, {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"});  // tp_compare only in 2.7
  type_add_getsets(&SliceType, {{"start", nullptr, nullptr, false, true},
                                {"step", nullptr, nullptr, false, true},
                                {"stop", nullptr, nullptr, false, true}});
}
TypeRegistrar reg(register_slice);

}  // namespace
}  // namespace pytrans::rt
