// SPDX-License-Identifier: Apache-2.0
// float: boxed doubles. Formatting, rounding and the error-raising division
// rules come from internal/float_format (CPython 2.7-exact); this file binds
// them to the float type's slots and methods.
//
// Comparisons with ints and longs are exact (2.7 compares the mathematical
// values: 2**53 + 1 != 2.0**53), done through GMP for longs.
#include "objects/float.h"

#include <gmp.h>

#include <cmath>

#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/exceptions.h"
#include "internal/float_format.h"
#include "internal/hashing.h"
#include "internal/num_parse.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/long.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

Value number_format_dunder(Value self, const Value* args, size_t nargs, Tuple* kw);  // str_format.cc

Type FloatType;

bool as_double(Value v, double* out) {
  if (is_int(v)) {
    *out = static_cast<double>(int_value(v));
    return true;
  }
  if (is_float(v)) {
    *out = v.as<Float>()->v;
    return true;
  }
  if (is_long(v)) {
    const mpz_srcptr z = v.as<Long>()->z;
    size_t bits = mpz_sizeinbase(z, 2);
    if (bits <= 53) {
      *out = mpz_get_d(z);
      return true;
    }
    // Round to nearest even: keep 54 bits + sticky, convert, scale.
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, z);
    size_t shift = bits - 55;
    bool sticky = mpz_scan1(t, 0) < shift;
    mpz_fdiv_q_2exp(t, t, shift);
    if (sticky) mpz_setbit(t, 0);
    double d = std::ldexp(static_cast<double>(mpz_get_ui(t)), static_cast<int>(shift));
    mpz_clear(t);
    if (std::isinf(d)) raise_overflow("long int too large to convert to float");
    *out = mpz_sgn(z) < 0 ? -d : d;
    return true;
  }
  return false;
}

namespace {

void raise_status(internal::FloatStatus s) {
  internal::FormatError e = internal::float_status_error(s);
  Type* t = e.exc_type == "ValueError"      ? &ValueErrorType
            : e.exc_type == "OverflowError" ? &OverflowErrorType
                                            : &ZeroDivisionErrorType;
  if (s == internal::FloatStatus::kPowOverflow) {
    Value args[] = {small_int(34), Value(str_new("Numerical result out of range"))};
    raise(exc_new(&OverflowErrorType, args, 2));
  }
  raise_msg(t, e.msg.c_str());
}

#define BOTH_NUMBERS(a, b, x, y)                      \
  double x, y;                                        \
  if (!is_float(a) && !is_float(b)) return NotImplemented(); \
  if (!as_double(a, &x) || !as_double(b, &y)) return NotImplemented();

Value float_add(Value a, Value b) { BOTH_NUMBERS(a, b, x, y); return make_float(x + y); }
Value float_sub(Value a, Value b) { BOTH_NUMBERS(a, b, x, y); return make_float(x - y); }
Value float_mul(Value a, Value b) { BOTH_NUMBERS(a, b, x, y); return make_float(x * y); }
Value float_div(Value a, Value b) {
  BOTH_NUMBERS(a, b, x, y);
  double r;
  if (auto s = internal::float_div(x, y, r); s != internal::FloatStatus::kOk) raise_status(s);
  return make_float(r);
}
Value float_floordiv(Value a, Value b) {
  BOTH_NUMBERS(a, b, x, y);
  double r;
  if (auto s = internal::float_floordiv(x, y, r); s != internal::FloatStatus::kOk) raise_status(s);
  return make_float(r);
}
Value float_mod(Value a, Value b) {
  BOTH_NUMBERS(a, b, x, y);
  double r;
  if (auto s = internal::float_mod(x, y, r); s != internal::FloatStatus::kOk) raise_status(s);
  return make_float(r);
}
Value float_divmod(Value a, Value b) {
  BOTH_NUMBERS(a, b, x, y);
  double q, r;
  if (auto s = internal::float_divmod(x, y, q, r); s != internal::FloatStatus::kOk) raise_status(s);
  return Value(tuple_of({make_float(q), make_float(r)}));
}
Value float_pow(Value a, Value b) {
  BOTH_NUMBERS(a, b, x, y);
  double r;
  if (auto s = internal::float_pow(x, y, r); s != internal::FloatStatus::kOk) raise_status(s);
  return make_float(r);
}
Value float_pow3(Value, Value, Value) {
  raise_type_error("pow() 3rd argument not allowed unless all arguments are integers");
}

Value float_neg(Value a) { return make_float(-a.as<Float>()->v); }
Value float_pos(Value a) { return make_float(a.as<Float>()->v); }
Value float_abs(Value a) { return make_float(std::fabs(a.as<Float>()->v)); }
int float_nonzero(Value a) { return a.as<Float>()->v != 0.0; }

Value float_to_integer(Value a) {
  double d = a.as<Float>()->v;
  if (std::isinf(d)) raise_overflow("cannot convert float infinity to integer");
  if (std::isnan(d)) raise_value_error("cannot convert float NaN to integer");
  double t = std::trunc(d);
  if (t >= -9223372036854775808.0 && t < 9223372036854775808.0) return make_int(static_cast<int64_t>(t));
  mpz_t z;
  mpz_init_set_d(z, t);
  Value r = long_from_mpz(z);
  mpz_clear(z);
  return r;
}
Value float_long(Value a) {
  Value r = float_to_integer(a);
  return is_int(r) ? long_from_i64(int_value(r)) : r;
}

Value float_repr(Value a) { return Value(str_new(internal::float_repr(a.as<Float>()->v))); }
Value float_str(Value a) { return Value(str_new(internal::float_str(a.as<Float>()->v))); }

}  // namespace

int64_t hash_float_value(double d) { return internal::hash_double(d); }

namespace {

int64_t float_hash(Value a) { return hash_float_value(a.as<Float>()->v); }

// Exact comparison of a double with an int/long value.
int cmp_double_integer(double x, Value i) {
  // x is finite here.
  mpz_t z;
  mpz_init(z);
  to_mpz(i, z);
  int c = -mpz_cmp_d(z, x);
  mpz_clear(z);
  return c;
}

Value float_richcompare(Value a, Value b, CompareOp op) {
  double x;
  if (!as_double(a, &x) && !is_float(a)) return NotImplemented();
  if (is_float(a)) x = a.as<Float>()->v;
  if (is_float(b)) {
    double y = b.as<Float>()->v;
    switch (op) {
      case kLt: return from_bool(x < y);
      case kLe: return from_bool(x <= y);
      case kEq: return from_bool(x == y);
      case kNe: return from_bool(x != y);
      case kGt: return from_bool(x > y);
      default: return from_bool(x >= y);
    }
  }
  if (!is_int(b) && !is_long(b)) return NotImplemented();
  if (std::isnan(x)) return from_bool(op == kNe);
  if (std::isinf(x)) return from_bool(cmp_small(x > 0 ? 1 : -1, 0, op));
  return from_bool(cmp_small(cmp_double_integer(x, b), 0, op));
}

Value float_new(Value callee, const Value* args, size_t nargs, Tuple* kw);

Value float_is_integer(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("is_integer", nargs, 0, 0);
  double d = self.as<Float>()->v;
  return from_bool(std::isfinite(d) && std::floor(d) == d);
}
Value float_as_integer_ratio(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("as_integer_ratio", nargs, 0, 0);
  double d = self.as<Float>()->v;
  if (std::isinf(d)) raise_overflow("Cannot pass infinity to float.as_integer_ratio.");
  if (std::isnan(d)) raise_value_error("Cannot pass NaN to float.as_integer_ratio.");
  int e;
  double m = std::frexp(d, &e);
  // Scale the mantissa to an integer, then reduce by powers of two.
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --e;
  }
  mpz_t num, den;
  mpz_init_set_d(num, m);
  mpz_init_set_ui(den, 1);
  if (e > 0) mpz_mul_2exp(num, num, e);
  else mpz_mul_2exp(den, den, -e);
  mpz_t g;
  mpz_init(g);
  mpz_gcd(g, num, den);
  mpz_divexact(num, num, g);
  mpz_divexact(den, den, g);
  Value r = Value(tuple_of({int_or_long_from_mpz(num), int_or_long_from_mpz(den)}));
  mpz_clears(num, den, g, nullptr);
  return r;
}

Value float_hex_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("hex", nargs, 0, 0);
  return Value(str_new(internal::float_hex(self.as<Float>()->v)));
}

// float.fromhex(s): registered as a classmethod by builtins_misc.cc.
Value float_fromhex(Value cls, const Value* args, size_t nargs, Tuple*) {
  check_nargs("fromhex", nargs, 1, 1);
  if (!is_str(args[0])) raise_type_error("expected a string or other character buffer object");
  internal::HexFloatResult r = internal::parse_float_hex(args[0].as<Str>()->view());
  if (!r.ok) {
    std::string t = r.exc_type;
    raise_msg(t == "OverflowError" ? &OverflowErrorType : &ValueErrorType, r.msg);
  }
  Value f = make_float(r.value);
  if (is_type(cls) && cls.as<Type>() != &FloatType) return call(cls, f);
  return f;
}

Value float_conjugate(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("conjugate", nargs, 0, 0);
  return make_float(self.as<Float>()->v);
}

Value float_getattr(Value self, Str* name) {
  std::string_view n = name->view();
  if (n == "real") return make_float(self.as<Float>()->v);
  if (n == "imag") return make_float(0.0);
  return generic_getattr(self, name);
}

// float.__getformat__(typestr) / __setformat__(typestr, fmt), classmethods:
// the C double and float layouts, IEEE little-endian here. Setting only
// accepts 'unknown' or the detected value (and changes nothing).
std::string_view format_typestr(const char* fname, Value t, const char* argn) {
  if (!is_str(t)) raise_type_error("%s() argument %smust be string, not %s", fname, argn, type_name(t));
  std::string_view s = t.as<Str>()->view();
  if (s != "double" && s != "float") raise_value_error("%s() argument 1 must be 'double' or 'float'", fname);
  return s;
}
Value float_getformat_m(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 2) raise_type_error("__getformat__() takes exactly one argument (%zu given)", nargs - 1);
  format_typestr("__getformat__", args[1], "");
  return Value(str_intern("IEEE, little-endian"));
}
Value float_setformat_m(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 3) raise_type_error("__setformat__() takes exactly 2 arguments (%zu given)", nargs - 1);
  std::string_view t = format_typestr("__setformat__", args[1], "1 ");
  if (!is_str(args[2])) raise_type_error("__setformat__() argument 2 must be string, not %s", type_name(args[2]));
  std::string_view f = args[2].as<Str>()->view();
  if (f != "unknown" && f != "IEEE, little-endian" && f != "IEEE, big-endian")
    raise_value_error("__setformat__() argument 2 must be 'unknown', 'IEEE, little-endian' or 'IEEE, big-endian'");
  if (f == "IEEE, big-endian")
    raise_value_error("can only set %s format to 'unknown' or the detected platform value", t == "double" ? "double" : "float");
  return None();
}

// __coerce__, __trunc__ and __getnewargs__ as 2.7 lists them on float.
Value float_coerce_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__coerce__", nargs, 1, 1);
  double d;
  if (!(is_int(args[0]) || is_long(args[0]) || is_float(args[0])) || !as_double(args[0], &d)) return NotImplemented();
  return Value(tuple_of({self, is_float(args[0]) ? args[0] : make_float(d)}));
}
Value float_trunc_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__trunc__", nargs, 0, 0);
  return float_to_integer(self);
}
Value float_getnewargs_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__getnewargs__", nargs, 0, 0);
  return Value(tuple_of({make_float(self.as<Float>()->v)}));
}

void register_float() {
  FloatType.name = "float";
  FloatType.flags = kTypeFloatSubclass | kTypeBaseOk;
  FloatType.instance_size = sizeof(Float);
  FloatType.repr = float_repr;
  FloatType.str = float_str;
  FloatType.hash = float_hash;
  FloatType.richcompare = float_richcompare;
  FloatType.nonzero = float_nonzero;
  FloatType.nb[kNbAdd] = float_add;
  FloatType.nb[kNbSub] = float_sub;
  FloatType.nb[kNbMul] = float_mul;
  FloatType.nb[kNbDiv] = float_div;
  FloatType.nb[kNbTrueDiv] = float_div;
  FloatType.nb[kNbFloorDiv] = float_floordiv;
  FloatType.nb[kNbMod] = float_mod;
  FloatType.nb[kNbDivmod] = float_divmod;
  FloatType.nb[kNbPow] = float_pow;
  FloatType.nb_pow3 = float_pow3;
  FloatType.nb_neg = float_neg;
  FloatType.nb_pos = float_pos;
  FloatType.nb_abs = float_abs;
  FloatType.nb_int = float_to_integer;
  FloatType.nb_long = float_long;
  FloatType.nb_float = float_pos;
  FloatType.tp_new = float_new;
  FloatType.getattr = float_getattr;
  type_ready(&FloatType, {
      {"__coerce__", float_coerce_m},
      {"__format__", number_format_dunder},
      {"__getformat__", float_getformat_m, true},
      {"__getnewargs__", float_getnewargs_m},
      {"__setformat__", float_setformat_m, true},
      {"__trunc__", float_trunc_m},
      {"as_integer_ratio", float_as_integer_ratio},
      {"conjugate", float_conjugate},
      {"fromhex", float_fromhex},
      {"hex", float_hex_m},
      {"is_integer", float_is_integer},
  });
  type_add_getsets(&FloatType, {{"imag"}, {"real"}});
}
TypeRegistrar reg(register_float);

}  // namespace

Value float_from_value(Value x);

namespace {
Value float_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  if (kw) raise_type_error("float() does not take keyword arguments");
  if (nargs > 1) raise_type_error("float() takes at most 1 argument (%zu given)", nargs);
  if (nargs == 0) return make_float(0.0);
  return float_from_value(args[0]);
}
}  // namespace

}  // namespace pytrans::rt
