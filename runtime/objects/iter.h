// SPDX-License-Identifier: Apache-2.0
// Iterator types over sequences: list, tuple and str iterators, the generic
// __getitem__-based iterator, xrange and its iterator, callable-iterator.
#pragma once
#include "core/objlock.h"
#include "core/value.h"

namespace pytrans::rt {

struct SeqIter : Object {
  Value seq;      // null once exhausted
  int64_t index;
};

// ---- sharing one iterator between threads ----
// Without a GIL two threads may call next() on one iterator at once. Each
// call must take a distinct index: an immutable sequence's iterator claims
// it with a compare-and-swap, a list's iterator advances under the list's
// lock (core/objlock.h). Until a second thread exists (nogil_threads() is
// false) the iterators keep their plain `index++` path.

// Claims *index if it is below len and advances it by one; false once the
// walk is over. (A failed compare-and-swap reloads i, so the loop retries
// with the index another thread left.)
inline bool iter_claim_index(int64_t* index, int64_t len, int64_t* claimed) {
  int64_t i = __atomic_load_n(index, __ATOMIC_RELAXED);
  while (i < len)
    if (__atomic_compare_exchange_n(index, &i, i + 1, true, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
      *claimed = i;
      return true;
    }
  return false;
}

// The same walking down: claims *index if it is >= 0 and lowers it by one.
inline bool iter_claim_index_down(int64_t* index, int64_t* claimed) {
  int64_t i = __atomic_load_n(index, __ATOMIC_RELAXED);
  while (i >= 0)
    if (__atomic_compare_exchange_n(index, &i, i - 1, true, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
      *claimed = i;
      return true;
    }
  return false;
}

// An exhausted iterator drops its sequence; other threads may read the
// field at the same time.
inline Value iter_load_seq(const Value* seq) { return Value::from_bits(__atomic_load_n(&seq->bits, __ATOMIC_ACQUIRE)); }
inline void iter_clear_seq(Value* seq) { __atomic_store_n(&seq->bits, 0, __ATOMIC_RELEASE); }

struct XRange : Object {
  int64_t start, step, len;
};

extern Type ListIterType, TupleIterType, StrIterType, SeqIterType, XRangeType, XRangeIterType;

// The number of items of range(start, stop, step), step != 0 (may exceed
// sys.maxint: xrange() and range() then raise OverflowError).
uint64_t range_length(int64_t start, int64_t stop, int64_t step);
Value xrange_new(int64_t start, int64_t stop, int64_t step);

}  // namespace pytrans::rt
