// SPDX-License-Identifier: Apache-2.0
// int: 64-bit machine integers that overflow into long exactly where 2.7's
// do (+, -, *, **, <<, unary -, abs, and minint // -1).
//
// Slot functions take (a, b) in either order, like CPython's number slots:
// they compute when both operands are ints (or bools) and return
// NotImplemented otherwise, so long and float handle mixed arithmetic.
#include "objects/int.h"

#include <gmp.h>

#include <charconv>
#include <cmath>

#include "builtins/kwargs.h"
#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "internal/int_format.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/long.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

Value number_format_dunder(Value self, const Value* args, size_t nargs, Tuple* kw);  // str_format.cc

Type IntType;

Value int_from_i64(int64_t v) {
  if (fits_small_int(v)) return small_int(v);
  Int* o = new_atomic_object<Int>(&IntType);
  o->v = v;
  return Value(o);
}

namespace {

Value via_long(Value a, Value b, NumberSlot slot) { return LongType.nb[slot](a, b); }

Value mpz_result_int(mpz_t z) {
  Value r = int_or_long_from_mpz(z);
  mpz_clear(z);
  return r;
}

}  // namespace

Value int_add_overflow(int64_t a, int64_t b) {
  int64_t r;
  if (!__builtin_add_overflow(a, b, &r)) return make_int(r);
  return via_long(long_from_i64(a), long_from_i64(b), kNbAdd);
}
Value int_sub_overflow(int64_t a, int64_t b) {
  int64_t r;
  if (!__builtin_sub_overflow(a, b, &r)) return make_int(r);
  return via_long(long_from_i64(a), long_from_i64(b), kNbSub);
}
Value int_mul_overflow(int64_t a, int64_t b) {
  int64_t r;
  if (!__builtin_mul_overflow(a, b, &r)) return make_int(r);
  return via_long(long_from_i64(a), long_from_i64(b), kNbMul);
}

namespace {

#define BOTH_INTS(a, b) \
  if (!is_int(a) || !is_int(b)) return NotImplemented();

Value int_add(Value a, Value b) { BOTH_INTS(a, b); return int_add_overflow(int_value(a), int_value(b)); }
Value int_sub(Value a, Value b) { BOTH_INTS(a, b); return int_sub_overflow(int_value(a), int_value(b)); }
Value int_mul(Value a, Value b) { BOTH_INTS(a, b); return int_mul_overflow(int_value(a), int_value(b)); }

[[noreturn]] void int_zero_div() { raise_zero_division("integer division or modulo by zero"); }

Value int_floordiv(Value a, Value b) {
  BOTH_INTS(a, b);
  int64_t x = int_value(a), y = int_value(b);
  if (y == 0) int_zero_div();
  if (y == -1 && x == INT64_MIN) return via_long(long_from_i64(x), long_from_i64(y), kNbFloorDiv);
  return make_int(floordiv_i64(x, y));
}
Value int_mod(Value a, Value b) {
  BOTH_INTS(a, b);
  int64_t x = int_value(a), y = int_value(b);
  if (y == 0) int_zero_div();
  // minint % -1 is 0L: 2.7 sees the quotient overflow and redoes it as long.
  if (y == -1) return x == INT64_MIN ? via_long(long_from_i64(x), long_from_i64(y), kNbMod) : small_int(0);
  return make_int(mod_i64(x, y));
}
Value int_divmod(Value a, Value b) {
  BOTH_INTS(a, b);
  int64_t x = int_value(a), y = int_value(b);
  if (y == 0) int_zero_div();
  if (y == -1 && x == INT64_MIN) return via_long(long_from_i64(x), long_from_i64(y), kNbDivmod);
  return Value(tuple_of({make_int(floordiv_i64(x, y)), make_int(y == -1 ? 0 : mod_i64(x, y))}));
}
Value int_truediv(Value a, Value b) {
  BOTH_INTS(a, b);
  int64_t x = int_value(a), y = int_value(b);
  if (y == 0) raise_zero_division("division by zero");
  // Exact when both fit in a double's mantissa; else go through long (correctly rounded).
  if (std::llabs(x) <= (int64_t(1) << 53) && std::llabs(y) <= (int64_t(1) << 53))
    return make_float(static_cast<double>(x) / static_cast<double>(y));
  return via_long(long_from_i64(x), long_from_i64(y), kNbTrueDiv);
}

Value int_pow(Value a, Value b) {
  BOTH_INTS(a, b);
  int64_t x = int_value(a), y = int_value(b);
  if (y < 0) {
    if (x == 0) raise_zero_division("0.0 cannot be raised to a negative power");
    return make_float(std::pow(static_cast<double>(x), static_cast<double>(y)));
  }
  int64_t result = 1, base = x;
  uint64_t e = static_cast<uint64_t>(y);
  while (e) {
    if (e & 1) {
      if (__builtin_mul_overflow(result, base, &result)) goto overflow;
    }
    e >>= 1;
    if (e && __builtin_mul_overflow(base, base, &base)) goto overflow;
  }
  return make_int(result);
overflow:
  return via_long(long_from_i64(x), long_from_i64(y), kNbPow);
}

// pow(a, b, m) with ints: 2.7's int_pow squares before it reduces, so a
// square that overflows hands the whole call to long and the result is a
// long (pow(maxint, 2, 5) is 4L). Anything else goes to long directly.
Value int_pow3(Value a, Value b, Value m) {
  if (!is_int(a) || !is_int(b)) return LongType.nb_pow3(a, b, m);
  if (int_value(b) < 0)  // checked before the modulus is looked at
    raise_type_error("pow() 2nd argument cannot be negative when 3rd argument specified");
  if (!is_int(m)) return LongType.nb_pow3(a, b, m);
  int64_t x = int_value(a), e = int_value(b), z = int_value(m);
  if (z == 0) raise_value_error("pow() 3rd argument cannot be 0");
  auto as_long = [&] { return LongType.nb_pow3(long_from_i64(x), b, m); };
  int64_t r = 1, t = x;
  while (e > 0) {
    if (e & 1) {
      if (__builtin_mul_overflow(r, t, &r)) return as_long();
      if (t == 0) break;
    }
    e >>= 1;
    if (e == 0) break;
    if (__builtin_mul_overflow(t, t, &t)) return as_long();
    r %= z;
    t %= z;
  }
  if (z == -1) return small_int(0);
  return make_int(mod_i64(r, z));
}

Value int_lshift(Value a, Value b) {
  BOTH_INTS(a, b);
  int64_t x = int_value(a), s = int_value(b);
  if (s < 0) raise_value_error("negative shift count");
  if (x == 0) return small_int(0);
  if (s < 64) {
    int64_t r = static_cast<int64_t>(static_cast<uint64_t>(x) << s);
    if ((r >> s) == x) return make_int(r);
  }
  return via_long(long_from_i64(x), b, kNbLshift);
}
Value int_rshift(Value a, Value b) {
  BOTH_INTS(a, b);
  int64_t x = int_value(a), s = int_value(b);
  if (s < 0) raise_value_error("negative shift count");
  if (s >= 63) return small_int(x < 0 ? -1 : 0);
  return make_int(x >> s);
}
Value int_and(Value a, Value b) { BOTH_INTS(a, b); return make_int(int_value(a) & int_value(b)); }
Value int_or(Value a, Value b) { BOTH_INTS(a, b); return make_int(int_value(a) | int_value(b)); }
Value int_xor(Value a, Value b) { BOTH_INTS(a, b); return make_int(int_value(a) ^ int_value(b)); }

Value int_neg(Value a) {
  int64_t x = int_value(a);
  if (x == INT64_MIN) {
    mpz_t z;
    mpz_init_set_si(z, x);
    mpz_neg(z, z);
    return mpz_result_int(z);
  }
  return make_int(-x);
}
Value int_pos(Value a) { return make_int(int_value(a)); }
Value int_abs(Value a) { return int_value(a) < 0 ? int_neg(a) : int_pos(a); }
Value int_invert(Value a) { return make_int(~int_value(a)); }
int int_nonzero(Value a) { return int_value(a) != 0; }
Value int_float(Value a) { return make_float(static_cast<double>(int_value(a))); }
Value int_long(Value a) { return long_from_i64(int_value(a)); }

Value int_repr(Value a) {
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, int_value(a));
  return Value(str_new(buf, r.ptr - buf));
}

int64_t int_hash(Value a) {
  int64_t x = int_value(a);
  return x == -1 ? -2 : x;
}

Value int_richcompare(Value a, Value b, CompareOp op) {
  BOTH_INTS(a, b);
  return from_bool(cmp_small(int_value(a), int_value(b), op));
}

Value int_new(Value callee, const Value* args, size_t nargs, Tuple* kw);

}  // namespace

// Exposed for int(): converts x (and optional base) to an int or long.
Value int_from_value(Value x, Value base);

namespace {

Value int_new(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  internal::KwArgs p("int", args, nargs, kw, {"x", "base"}, 0);
  Value x = p.get(0), base = p.get(1);
  p.finish();
  if (x.is_null() && !base.is_null()) raise_type_error("int() missing string argument");
  Value r = x.is_null() ? small_int(0) : int_from_value(x, base);
  Type* t = callee.as<Type>();
  if (t != &IntType) {
    // Subclass of int: box into an instance of the subclass.
    if (!is_int(r)) raise_overflow("Python int too large to convert to C long");
    Int* o = new_object<Int>(t, t->instance_size);
    o->v = int_value(r);
    return Value(o);
  }
  return r;
}

Value int_conjugate(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("conjugate", nargs, 0, 0);
  return make_int(int_value(self));
}
Value int_bit_length(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("bit_length", nargs, 0, 0);
  int64_t x = int_value(self);
  uint64_t u = x < 0 ? (~static_cast<uint64_t>(x) + 1) : static_cast<uint64_t>(x);
  return small_int(u == 0 ? 0 : 64 - __builtin_clzll(u));
}

// real/imag/numerator/denominator (2.7 exposes them as getset descriptors).
Value int_getattr(Value self, Str* name) {
  std::string_view n = name->view();
  if (n == "real" || n == "numerator") return make_int(int_value(self));
  if (n == "imag") return small_int(0);
  if (n == "denominator") return small_int(1);
  return generic_getattr(self, name);
}

Value int_cmp_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__cmp__", nargs, 1, 1);
  if (!is_int(args[0]))
    raise_type_error("int.__cmp__(x,y) requires y to be a 'int', not a '%s'", type_name(args[0]));
  int64_t a = int_value(self), b = int_value(args[0]);
  return small_int(a < b ? -1 : a > b ? 1 : 0);
}

Value int_coerce_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__coerce__", nargs, 1, 1);
  // int leaves mixing with long to long.__coerce__.
  if (is_int(args[0])) return Value(tuple_of({self, args[0]}));
  return NotImplemented();
}

// The unary slots as methods 2.7 lists on int.
Value int_trunc_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__trunc__", nargs, 0, 0);
  return make_int(int_value(self));
}
Value int_getnewargs_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__getnewargs__", nargs, 0, 0);
  return Value(tuple_of({make_int(int_value(self))}));
}
Value int_hex_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__hex__", nargs, 0, 0);
  return Value(str_new(internal::int_hex(int_value(self))));
}
Value int_oct_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__oct__", nargs, 0, 0);
  return Value(str_new(internal::int_oct(int_value(self))));
}
Value int_sizeof_m(Value, const Value*, size_t nargs, Tuple*) {
  check_nargs("__sizeof__", nargs, 0, 0);
  return small_int(24);  // CPython's PyIntObject on a 64-bit build
}

void register_int() {
  IntType.name = "int";
  IntType.flags = kTypeIntSubclass | kTypeBaseOk;
  IntType.instance_size = sizeof(Int);
  IntType.repr = int_repr;
  IntType.str = int_repr;
  IntType.hash = int_hash;
  IntType.richcompare = int_richcompare;
  IntType.nonzero = int_nonzero;
  IntType.nb[kNbAdd] = int_add;
  IntType.nb[kNbSub] = int_sub;
  IntType.nb[kNbMul] = int_mul;
  IntType.nb[kNbDiv] = int_floordiv;
  IntType.nb[kNbFloorDiv] = int_floordiv;
  IntType.nb[kNbTrueDiv] = int_truediv;
  IntType.nb[kNbMod] = int_mod;
  IntType.nb[kNbDivmod] = int_divmod;
  IntType.nb[kNbPow] = int_pow;
  IntType.nb[kNbLshift] = int_lshift;
  IntType.nb[kNbRshift] = int_rshift;
  IntType.nb[kNbAnd] = int_and;
  IntType.nb[kNbOr] = int_or;
  IntType.nb[kNbXor] = int_xor;
  IntType.nb_pow3 = int_pow3;
  IntType.nb_neg = int_neg;
  IntType.nb_pos = int_pos;
  IntType.nb_abs = int_abs;
  IntType.nb_invert = int_invert;
  IntType.nb_int = int_pos;
  IntType.nb_index = int_pos;
  IntType.nb_long = int_long;
  IntType.nb_float = int_float;
  IntType.tp_new = int_new;
  IntType.getattr = int_getattr;
  type_ready(&IntType, {
      {"__cmp__", int_cmp_m},
      {"__coerce__", int_coerce_m},
      {"__format__", number_format_dunder},
      {"__getnewargs__", int_getnewargs_m},
      {"__hex__", int_hex_m},
      {"__oct__", int_oct_m},
      {"__sizeof__", int_sizeof_m},
      {"__trunc__", int_trunc_m},
      {"bit_length", int_bit_length},
      {"conjugate", int_conjugate},
  });
  // 2.7's int has only tp_compare (__cmp__); the richcompare slot is ours.
  type_hide_wrappers(&IntType, {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"});
  type_add_getsets(&IntType, {{"denominator"}, {"imag"}, {"numerator"}, {"real"}});
}
TypeRegistrar reg(register_int);

}  // namespace
}  // namespace pytrans::rt
