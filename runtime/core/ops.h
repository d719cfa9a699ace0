// SPDX-License-Identifier: Apache-2.0
// The generic operations generated code calls: arithmetic, comparison, truth,
// attributes, items, calls, iteration, repr/str, hashing.
//
// Small-int and float fast paths are inline here; everything else goes
// through the out-of-line *_slow functions in ops.cc, which dispatch on the
// type slots with CPython 2.7's rules (reflected operands, subclass-first,
// coercion, NotImplemented, and the exact TypeError texts).
//
// The float fast paths take exact floats, and a float with a small int:
// 2.7's float slots convert the int operand to double and do the C
// arithmetic, which is what happens here, so the bits are the same. A
// float subclass, a bool or a boxed int takes the slow path (its slots may
// be overridden), and so does every case that raises (division by zero,
// pow overflow): the slow path owns the messages.
#pragma once

#include <cmath>
#include <initializer_list>

#include "core/value.h"
#include "objects/float.h"
#include "objects/int.h"

namespace pytrans::rt {

extern Object NoneObject, NotImplementedObject, EllipsisObject;
extern Int TrueObject, FalseObject;
inline Value None() { return Value(&NoneObject); }
inline Value NotImplemented() { return Value(&NotImplementedObject); }
inline Value Ellipsis() { return Value(&EllipsisObject); }
inline Value True() { return Value(&TrueObject); }
inline Value False() { return Value(&FalseObject); }
inline Value from_bool(bool b) { return b ? True() : False(); }
inline bool is_none(Value v) { return v.bits == Value(&NoneObject).bits; }

Value int_from_i64(int64_t v);  // boxes when outside the small-int range
inline Value make_int(int64_t v) { return fits_small_int(v) ? small_int(v) : int_from_i64(v); }

// ---- truth ----
bool truth_slow(Value v);
inline bool truth(Value v) {
  if (v.is_small_int()) return v.small_int() != 0;
  if (v.obj() == &TrueObject) return true;
  if (v.obj() == &FalseObject || v.obj() == &NoneObject) return false;
  return truth_slow(v);
}

// ---- arithmetic ----
Value binary_op(Value a, Value b, NumberSlot slot);
Value inplace_op(Value a, Value b, NumberSlot slot);
Value int_add_overflow(int64_t a, int64_t b);
Value int_sub_overflow(int64_t a, int64_t b);
Value int_mul_overflow(int64_t a, int64_t b);

// True when a and b are two exact floats or an exact float and a small int
// (either order), with their values as doubles.
inline bool float_operands(Value a, Value b, double* x, double* y) {
  if (a.is_small_int()) {
    if (!is_exact_float(b)) return false;
    *x = static_cast<double>(a.small_int());
    *y = float_value(b);
    return true;
  }
  if (a.obj()->type != &FloatType) return false;
  *x = float_value(a);
  if (b.is_small_int()) {
    *y = static_cast<double>(b.small_int());
    return true;
  }
  if (b.obj()->type != &FloatType) return false;
  *y = float_value(b);
  return true;
}
// x ** y for the ordinary case (positive finite base, finite exponent, no
// overflow) as 2.7's float_pow computes it; false for everything else.
inline bool float_pow_fast(double x, double y, double* r) {
  if (!(x > 0.0 && x < HUGE_VAL && std::isfinite(y))) return false;
  *r = std::pow(x, y);
  return *r < HUGE_VAL;
}

inline Value add(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) {
    int64_t r = a.small_int() + b.small_int();  // cannot overflow int64
    return fits_small_int(r) ? small_int(r) : int_from_i64(r);
  }
  double x, y;
  if (float_operands(a, b, &x, &y)) return make_float(x + y);
  return binary_op(a, b, kNbAdd);
}
inline Value sub(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) {
    int64_t r = a.small_int() - b.small_int();
    return fits_small_int(r) ? small_int(r) : int_from_i64(r);
  }
  double x, y;
  if (float_operands(a, b, &x, &y)) return make_float(x - y);
  return binary_op(a, b, kNbSub);
}
inline Value mul(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) {
    int64_t r;
    if (!__builtin_mul_overflow(a.small_int(), b.small_int(), &r) && fits_small_int(r)) return small_int(r);
    return int_mul_overflow(a.small_int(), b.small_int());
  }
  double x, y;
  if (float_operands(a, b, &x, &y)) return make_float(x * y);
  return binary_op(a, b, kNbMul);
}
inline int64_t floordiv_i64(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}
inline int64_t mod_i64(int64_t a, int64_t b) {
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}
inline Value floordiv(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int() && b.small_int() != 0)
    return make_int(floordiv_i64(a.small_int(), b.small_int()));
  return binary_op(a, b, kNbFloorDiv);
}
// Classic `/` (floor for ints unless `from __future__ import division`).
inline Value div(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int() && b.small_int() != 0)
    return make_int(floordiv_i64(a.small_int(), b.small_int()));
  double x, y;
  if (float_operands(a, b, &x, &y) && y != 0.0) return make_float(x / y);
  return binary_op(a, b, kNbDiv);
}
inline Value truediv(Value a, Value b) {
  double x, y;
  if (float_operands(a, b, &x, &y) && y != 0.0) return make_float(x / y);
  return binary_op(a, b, kNbTrueDiv);
}
inline Value mod(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int() && b.small_int() != 0)
    return small_int(mod_i64(a.small_int(), b.small_int()));
  return binary_op(a, b, kNbMod);
}
inline Value power(Value a, Value b) {
  double x, y, r;
  if (float_operands(a, b, &x, &y) && float_pow_fast(x, y, &r)) return make_float(r);
  return binary_op(a, b, kNbPow);
}
inline Value lshift(Value a, Value b) { return binary_op(a, b, kNbLshift); }
inline Value rshift(Value a, Value b) { return binary_op(a, b, kNbRshift); }
inline Value bit_and(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return Value::from_bits(a.bits & b.bits);
  return binary_op(a, b, kNbAnd);
}
inline Value bit_or(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return Value::from_bits(a.bits | b.bits);
  return binary_op(a, b, kNbOr);
}
inline Value bit_xor(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return Value::from_bits((a.bits ^ b.bits) | 1);
  return binary_op(a, b, kNbXor);
}
Value neg(Value a);
Value pos(Value a);
Value invert(Value a);
inline Value not_(Value a) { return from_bool(!truth(a)); }

// ---- comparison ----
Value compare_slow(Value a, Value b, CompareOp op);
bool compare_bool_slow(Value a, Value b, CompareOp op);
inline bool cmp_small(int64_t x, int64_t y, CompareOp op) {
  switch (op) {
    case kLt: return x < y;
    case kLe: return x <= y;
    case kEq: return x == y;
    case kNe: return x != y;
    case kGt: return x > y;
    default: return x >= y;
  }
}
inline bool cmp_double(double x, double y, CompareOp op) {
  switch (op) {  // IEEE: every comparison with a NaN is false except !=
    case kLt: return x < y;
    case kLe: return x <= y;
    case kEq: return x == y;
    case kNe: return x != y;
    case kGt: return x > y;
    default: return x >= y;
  }
}
// Float comparisons that need no exact int/long arithmetic: two exact
// floats, or a float and a small int of at most 53 bits (exact as a double).
inline bool float_compare_operands(Value a, Value b, double* x, double* y) {
  constexpr int64_t kExact = int64_t(1) << 53;
  if (!float_operands(a, b, x, y)) return false;
  Value i = a.is_small_int() ? a : b;
  return !i.is_small_int() || (i.small_int() >= -kExact && i.small_int() <= kExact);
}
inline Value compare(Value a, Value b, CompareOp op) {
  if (a.is_small_int() && b.is_small_int()) return from_bool(cmp_small(a.small_int(), b.small_int(), op));
  double x, y;
  if (float_compare_operands(a, b, &x, &y)) return from_bool(cmp_double(x, y, op));
  return compare_slow(a, b, op);
}
inline bool compare_bool(Value a, Value b, CompareOp op) {
  if (a.is_small_int() && b.is_small_int()) return cmp_small(a.small_int(), b.small_int(), op);
  double x, y;
  if (float_compare_operands(a, b, &x, &y)) return cmp_double(x, y, op);
  return compare_bool_slow(a, b, op);
}
bool equal(Value a, Value b);  // a == b as a C++ bool (identity shortcut first)
inline bool is(Value a, Value b) { return a.bits == b.bits; }
bool contains(Value container, Value item);  // item in container
int cmp3(Value a, Value b);                  // cmp(a, b): -1, 0, 1

// ---- hashing, repr, str ----
int64_t hash(Value v);
int64_t hash_unhashable(Value v);  // tp_hash of list, dict, set
Str* repr(Value v);
// Recursive-repr guard for containers: false if v is already being repr'd
// on this thread (print "[...]"); pair every true with repr_leave.
bool repr_enter(Value v);
void repr_leave(Value v);
struct ReprScope {
  Value v;
  bool entered;
  explicit ReprScope(Value x) : v(x), entered(repr_enter(x)) {}
  ~ReprScope() {
    if (entered) repr_leave(v);
  }
};
Str* to_str(Value v);  // str(v)

// ---- attributes ----
Value getattr(Value obj, Str* name);                  // raises AttributeError
Value getattr_opt(Value obj, Str* name);              // null if missing
void setattr(Value obj, Str* name, Value v);
void delattr(Value obj, Str* name);

// ---- items ----
Value getitem(Value obj, Value key);
void setitem(Value obj, Value key, Value v);
void delitem(Value obj, Value key);
// obj[lo:hi] (2.7 simple slice: __getslice__ on classes that define it); null = omitted.
Value getslice(Value obj, Value lo, Value hi);
void setslice(Value obj, Value lo, Value hi, Value v);
void delslice(Value obj, Value lo, Value hi);
int64_t len(Value obj);

// ---- calls ----
Value call_v(Value f, const Value* args, size_t nargs, Tuple* kwnames = nullptr);
inline Value call(Value f) { return call_v(f, nullptr, 0); }
template <class... A>
inline Value call(Value f, A... a) {
  Value args[] = {Value(a)...};
  return call_v(f, args, sizeof...(A));
}
// f(*args, **kwargs) with already evaluated positional/keyword parts.
Value call_ex(Value f, const Value* args, size_t nargs, Tuple* kwnames, Value star, Value starstar);
// obj.name(args...) without materialising a bound method where possible.
Value call_method_v(Value obj, Str* name, const Value* args, size_t nargs, Tuple* kwnames = nullptr);
template <class... A>
inline Value call_method(Value obj, Str* name, A... a) {
  Value args[] = {Value(a)..., Value()};
  return call_method_v(obj, name, args, sizeof...(A));
}

// ---- iteration ----
Value iter(Value obj);
Value next_slow(Value it);
Value next(Value it);  // null at the end (StopIteration is not raised)

// ---- misc ----
Value bool_value(Value v);
bool isinstance(Value obj, Value cls);

}  // namespace pytrans::rt
