// SPDX-License-Identifier: Apache-2.0
// Iterator types over sequences: list, tuple and str iterators, the generic
// __getitem__-based iterator, xrange and its iterator, callable-iterator.
#pragma once
#include "core/value.h"

namespace pytrans::rt {

struct SeqIter : Object {
  Value seq;      // null once exhausted
  int64_t index;
};

struct XRange : Object {
  int64_t start, step, len;
};

extern Type ListIterType, TupleIterType, StrIterType, SeqIterType, XRangeType, XRangeIterType;

// The number of items of range(start, stop, step), step != 0 (may exceed
// sys.maxint: xrange() and range() then raise OverflowError).
uint64_t range_length(int64_t start, int64_t stop, int64_t step);
Value xrange_new(int64_t start, int64_t stop, int64_t step);

}  // namespace pytrans::rt
