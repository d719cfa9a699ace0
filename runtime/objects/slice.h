// SPDX-License-Identifier: Apache-2.0
// slice objects and the index arithmetic every sequence shares.
#pragma once
#include "core/value.h"

namespace pytrans::rt {

struct Slice : Object {
  Value start, stop, step;  // None when omitted
};

extern Type SliceType;

inline bool is_slice(Value v) { return !v.is_small_int() && v.obj()->type == &SliceType; }
Slice* slice_new(Value start, Value stop, Value step);
// PySlice_GetIndicesEx: clamps to [0, len], returns the number of items.
int64_t slice_indices(Slice* s, int64_t len, int64_t* start, int64_t* stop, int64_t* step);
// __index__ of v as an int Value, or null if v has no __index__.
Value index_value_opt(Value v);
// Converts an index-like value to int64 clamped as 2.7's slice bounds are.
int64_t slice_bound(Value v);

}  // namespace pytrans::rt
