// SPDX-License-Identifier: Apache-2.0
// float: a boxed double. repr/str formatting lives in internal/float_format.
#pragma once
#include "core/value.h"

namespace pytrans::rt {

struct Float : Object {
  double v;
};

extern Type FloatType;

inline bool is_float(Value v) { return !v.is_small_int() && (v.obj()->type->flags & kTypeFloatSubclass); }
Value make_float(double d);
// Converts an int, long or float to double (OverflowError for huge longs);
// returns false if v is not a number.
bool as_double(Value v, double* out);

}  // namespace pytrans::rt
