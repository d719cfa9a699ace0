// SPDX-License-Identifier: Apache-2.0
// float: a boxed double. repr/str formatting lives in internal/float_format.
//
// make_float is inline because float-heavy code calls it once per
// arithmetic result: a float is two words (type, double) from gc_alloc16's
// per-thread free list, so the allocation itself is the bulk of the cost.
#pragma once
#include "core/gc.h"
#include "core/value.h"

namespace pytrans::rt {

struct Float : Object {
  double v;
};

extern Type FloatType;

inline bool is_float(Value v) { return !v.is_small_int() && (v.obj()->type->flags & kTypeFloatSubclass); }
// Exactly float, not a subclass: its arithmetic cannot be overridden.
inline bool is_exact_float(Value v) { return !v.is_small_int() && v.obj()->type == &FloatType; }
inline double float_value(Value v) { return v.as<Float>()->v; }
inline Value make_float(double d) {
  static_assert(sizeof(Float) == 16, "a Float is two words (gc_alloc16)");
  Float* f = static_cast<Float*>(gc_alloc16());
  f->type = &FloatType;
  f->v = d;
  return Value(f);
}
// Converts an int, long or float to double (OverflowError for huge longs);
// returns false if v is not a number.
bool as_double(Value v, double* out);

}  // namespace pytrans::rt
