// SPDX-License-Identifier: Apache-2.0
// Arithmetic expressions without boxed float temporaries.
//
// For an expression such as `dx * dx + dy * dy` the emitter
// (transpiler/pytrans/emit/expr.py, fused_arith) evaluates each operand into
// a Num and combines them with num_add, num_mul, ... in CPython's order.
// Results stay unboxed doubles for as long as every operand was a float (or
// a float with a small int), so only the final result is allocated. The
// first operand of another type boxes what it has and falls back to the
// generic operator (add, mul, ... in ops.h), which gives that value exactly
// the treatment it would have had: a float subclass's __radd__, a str's
// concatenation, the ZeroDivisionError of x / 0.0.
//
// Every fast case here is one the float slots compute with the same C
// arithmetic (see the fast paths in ops.h), so the bits are the same; and
// the intermediate floats are never visible to Python code, so not
// allocating them cannot be observed. (x86-64 without -mfma: the compiler
// does not contract a * b + c into one rounding.)
#pragma once

#include "core/ops.h"

namespace pytrans::rt {

// Two words, so that the compiler keeps it in registers. `bits` is the
// operand's Value, except that low bits 10 (which no Value has: objects are
// at least 4-aligned and small ints end in 1) mean "an exact float whose
// value is d", the other bits being its object, or zero for an unboxed
// result. An operand that is a Python object already keeps its identity
// when it falls back (an __radd__ may look at it).
struct Num {
  uintptr_t bits;
  double d;

  static constexpr uintptr_t kFloat = 2;
  bool is_float() const { return (bits & 3) == kFloat; }
  Value value() const { return Value::from_bits(bits); }  // when !is_float()
};

inline Num num_load(Value v) {
  if (is_exact_float(v)) return Num{v.bits | Num::kFloat, float_value(v)};
  return Num{v.bits, 0.0};
}
inline Num num_float(double d) { return Num{Num::kFloat, d}; }
inline Value num_value(Num n) {
  if (!n.is_float()) return n.value();
  if (n.bits == Num::kFloat) return make_float(n.d);
  return Value::from_bits(n.bits & ~Num::kFloat);
}

// Both as doubles when one is a float and the other one too or a small int
// (what float_operands in ops.h accepts).
inline bool num_doubles(Num a, Num b, double* x, double* y) {
  if (a.is_float()) {
    *x = a.d;
    if (b.is_float()) {
      *y = b.d;
      return true;
    }
    if (!b.value().is_small_int()) return false;
    *y = static_cast<double>(b.value().small_int());
    return true;
  }
  if (!b.is_float() || !a.value().is_small_int()) return false;
  *x = static_cast<double>(a.value().small_int());
  *y = b.d;
  return true;
}

// The generic operator for anything else (num_expr.cc), kept out of line
// so that the fast cases inline into the expression.
Num num_binary_slow(Num a, Num b, NumberSlot slot);
Num num_neg_slow(Num a);

// Two small ints whose result is a small int are done inline as well (int
// chains such as i * 3 + j must not get slower); the rest, overflow to a
// boxed int or long included, is num_binary_slow's.
inline bool num_small_ints(Num a, Num b, int64_t* i, int64_t* j) {
  if (!(a.bits & b.bits & 1)) return false;
  *i = a.value().small_int();
  *j = b.value().small_int();
  return true;
}
inline bool num_int_add(int64_t i, int64_t j, int64_t* r) { *r = i + j; return fits_small_int(*r); }
inline bool num_int_sub(int64_t i, int64_t j, int64_t* r) { *r = i - j; return fits_small_int(*r); }
inline bool num_int_mul(int64_t i, int64_t j, int64_t* r) {
  return !__builtin_mul_overflow(i, j, r) && fits_small_int(*r);
}
inline bool num_int_div(int64_t i, int64_t j, int64_t* r) {  // classic int / int floors
  if (j == 0) return false;
  *r = floordiv_i64(i, j);
  return fits_small_int(*r);
}
inline bool num_int_none(int64_t, int64_t, int64_t*) { return false; }

#define PT_NUM_BINARY(NAME, SLOT, EXPR, COND, INT_OP)                   \
  inline __attribute__((always_inline)) Num NAME(Num a, Num b) {      \
    int64_t i, j, r;                                                   \
    if (num_small_ints(a, b, &i, &j) && INT_OP(i, j, &r)) return Num{small_int(r).bits, 0.0}; \
    double x, y;                                                       \
    if (num_doubles(a, b, &x, &y) && (COND)) return num_float(EXPR);   \
    return num_binary_slow(a, b, SLOT);                                \
  }
PT_NUM_BINARY(num_add, kNbAdd, x + y, true, num_int_add)
PT_NUM_BINARY(num_sub, kNbSub, x - y, true, num_int_sub)
PT_NUM_BINARY(num_mul, kNbMul, x * y, true, num_int_mul)
PT_NUM_BINARY(num_div, kNbDiv, x / y, y != 0.0, num_int_div)  // classic `/` divides floats truly
PT_NUM_BINARY(num_truediv, kNbTrueDiv, x / y, y != 0.0, num_int_none)
#undef PT_NUM_BINARY

inline __attribute__((always_inline)) Num num_pow(Num a, Num b) {
  double x, y, r;
  if (num_doubles(a, b, &x, &y) && float_pow_fast(x, y, &r)) return num_float(r);
  return num_binary_slow(a, b, kNbPow);
}
inline __attribute__((always_inline)) Num num_neg(Num a) {
  if (a.is_float()) return num_float(-a.d);
  return num_neg_slow(a);
}

// a op= b (float has no in-place slots, so for floats it is a op b); slot
// is a constant at every call site.
Num num_inplace_slow(Num a, Num b, NumberSlot slot);
inline __attribute__((always_inline)) Num num_inplace(Num a, Num b, NumberSlot slot) {
  double x, y, r;
  if (num_doubles(a, b, &x, &y)) {
    switch (slot) {
      case kNbAdd: return num_float(x + y);
      case kNbSub: return num_float(x - y);
      case kNbMul: return num_float(x * y);
      case kNbDiv:
      case kNbTrueDiv:
        if (y != 0.0) return num_float(x / y);
        break;
      case kNbPow:
        if (float_pow_fast(x, y, &r)) return num_float(r);
        break;
      default: break;
    }
  }
  int64_t i, j, k;  // int has no in-place slots either
  if (num_small_ints(a, b, &i, &j) &&
      ((slot == kNbAdd && num_int_add(i, j, &k)) || (slot == kNbSub && num_int_sub(i, j, &k)) ||
       (slot == kNbMul && num_int_mul(i, j, &k))))
    return Num{small_int(k).bits, 0.0};
  return num_inplace_slow(a, b, slot);
}

// a OP b for a comparison whose operands are arithmetic (x*x + y*y > 4.0).
inline __attribute__((always_inline)) Value num_compare(Num a, Num b, CompareOp op) {
  if (a.is_float() && b.is_float()) return from_bool(cmp_double(a.d, b.d, op));
  return compare(num_value(a), num_value(b), op);
}

}  // namespace pytrans::rt
