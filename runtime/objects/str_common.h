// SPDX-License-Identifier: Apache-2.0
// Argument handling shared by the str and unicode method tables: 2.7's
// PyArg_ParseTuple-style count errors ("count() takes at least 1 argument
// (0 given)"), the "takes no keyword arguments" check, and the optional
// start/end slice bounds of find/count/startswith (None or __index__).
#pragma once

#include <cstdint>

#include "core/ops.h"
#include "core/raise.h"
#include "objects/int.h"
#include "objects/long.h"
#include "objects/slice.h"
#include "objects/tuple.h"

namespace pytrans::rt::strargs {

// METH_NOARGS / METH_O / PyArg_ParseTuple messages, by the shape of the range.
inline void nargs(const char* name, size_t n, size_t min, size_t max) {
  if (n >= min && n <= max) return;
  if (min == 0 && max == 0) raise_type_error("%s() takes no arguments (%zu given)", name, n);
  if (min == 1 && max == 1) raise_type_error("%s() takes exactly one argument (%zu given)", name, n);
  size_t want = n < min ? min : max;
  const char* how = min == max ? "exactly" : n < min ? "at least" : "at most";
  raise_type_error("%s() takes %s %zu argument%s (%zu given)", name, how, want, want == 1 ? "" : "s", n);
}

inline void no_kw(const char* name, Tuple* kw) {
  if (kw && kw->len) raise_type_error("%s() takes no keyword arguments", name);
}

// An optional start/end bound: None (or missing) leaves `out` unchanged.
inline void bound(const Value* args, size_t n, size_t i, int64_t& out) {
  if (i < n && !is_none(args[i])) out = slice_bound(args[i]);
}

// An integer argument ('n' in PyArg_ParseTuple): ints, longs that fit, __index__.
inline int64_t ssize_arg(Value v) {
  if (is_int(v)) return int_value(v);
  if (!v.is_small_int() && (v.obj()->type->flags & kTypeFloatSubclass))
    raise_type_error("integer argument expected, got float");
  Value i = index_value_opt(v);
  if (i.is_null()) raise_type_error("an integer is required");
  if (is_int(i)) return int_value(i);
  if (is_long(i) && mpz_fits_slong_p(i.as<Long>()->z)) return mpz_get_si(i.as<Long>()->z);
  raise_overflow("Python int too large to convert to C long");
}

// An index (s[i], s * n): ints, longs that fit in 64 bits, or __index__.
// Null when v is not an integer at all; a long too big for a C ssize_t gives
// `big` set (2.7: "cannot fit 'long' into an index-sized integer", an
// IndexError for s[i] and an OverflowError for s * n).
inline Value index_int(Value v, bool* big) {
  *big = false;
  Value i = is_int(v) ? v : index_value_opt(v);
  if (i.is_null() || is_int(i)) return i;
  if (mpz_fits_slong_p(i.as<Long>()->z)) return make_int(mpz_get_si(i.as<Long>()->z));
  *big = true;
  return i;
}

// ---- sequence repetition (seq * n, 2.7's sq_repeat) ----
// The count n: an int, long or __index__ object; a long beyond 64 bits
// raises OverflowError (either sign, as 2.7's PyNumber_AsSsize_t), and a
// negative count is 0. False when n is not an integer (NotImplemented).
inline bool repeat_count(Value n, int64_t* out) {
  bool big;
  Value i = index_int(n, &big);
  if (i.is_null()) return false;
  if (big) raise_overflow("cannot fit 'long' into an index-sized integer");
  *out = int_value(i) < 0 ? 0 : int_value(i);
  return true;
}
// Where 2.7's malloc of the result would fail, it raises MemoryError; we
// refuse results over 1 TiB the same way rather than let the allocator
// abort the process.
constexpr int64_t kMaxRepeatBytes = int64_t{1} << 40;
inline void check_repeat_size(int64_t len, int64_t n, int64_t item_size) {
  if (len > 0 && n > 0 && len > kMaxRepeatBytes / item_size / n) raise_memory_error();
}

}  // namespace pytrans::rt::strargs
