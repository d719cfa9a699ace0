// SPDX-License-Identifier: Apache-2.0
// long: arbitrary-precision integers on GMP's mpz.
//
// Slots accept int or long on either side (ints are converted), so every
// mixed int/long operation lands here; the result is always a long, as in
// 2.7 (a long never turns back into an int by arithmetic). Floor division
// and modulo use mpz's floor variants, which match Python's signs.
#include "objects/long.h"

#include <cmath>
#include <cstring>

#include "builtins/kwargs.h"
#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "internal/int_format.h"
#include "objects/exceptions.h"
#include "internal/num_parse.h"
#include "objects/float.h"
#include "objects/memoryview.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode.h"

namespace pytrans::rt {

Value number_format_dunder(Value self, const Value* args, size_t nargs, Tuple* kw);  // str_format.cc

Type LongType;

Long* long_new() {
  Long* l = new_object<Long>(&LongType);
  mpz_init(l->z);
  return l;
}

Value long_from_i64(int64_t v) {
  Long* l = new_object<Long>(&LongType);
  mpz_init_set_si(l->z, v);
  return Value(l);
}

Value long_from_mpz(const mpz_t z) {
  Long* l = new_object<Long>(&LongType);
  mpz_init_set(l->z, z);
  return Value(l);
}

void to_mpz(Value v, mpz_t z) {
  if (is_int(v)) mpz_set_si(z, int_value(v));
  else mpz_set(z, v.as<Long>()->z);
}

Value int_or_long_from_mpz(const mpz_t z) {
  if (mpz_fits_slong_p(z)) return make_int(mpz_get_si(z));
  return long_from_mpz(z);
}

std::string long_to_decimal(const mpz_t z) {
  std::string s(mpz_sizeinbase(z, 10) + 2, '\0');
  mpz_get_str(s.data(), 10, z);
  s.resize(std::strlen(s.c_str()));
  return s;
}

namespace {

inline bool is_integer(Value v) { return is_int(v) || is_long(v); }

// Operands as mpz (long operands are used in place, ints converted).
struct Operands {
  mpz_t a, b;
  Operands(Value x, Value y) {
    mpz_init(a);
    mpz_init(b);
    to_mpz(x, a);
    to_mpz(y, b);
  }
};

Value new_long_result(void (*fn)(mpz_ptr, mpz_srcptr, mpz_srcptr), Value x, Value y) {
  Operands o(x, y);
  Long* r = long_new();
  fn(r->z, o.a, o.b);
  return Value(r);
}

#define BOTH_INTEGERS(a, b) \
  if (!is_integer(a) || !is_integer(b)) return NotImplemented();

Value long_add(Value a, Value b) { BOTH_INTEGERS(a, b); return new_long_result(mpz_add, a, b); }
Value long_sub(Value a, Value b) { BOTH_INTEGERS(a, b); return new_long_result(mpz_sub, a, b); }
Value long_mul(Value a, Value b) { BOTH_INTEGERS(a, b); return new_long_result(mpz_mul, a, b); }
Value long_and(Value a, Value b) { BOTH_INTEGERS(a, b); return new_long_result(mpz_and, a, b); }
Value long_or(Value a, Value b) { BOTH_INTEGERS(a, b); return new_long_result(mpz_ior, a, b); }
Value long_xor(Value a, Value b) { BOTH_INTEGERS(a, b); return new_long_result(mpz_xor, a, b); }

void check_divisor(const mpz_t b) {
  if (mpz_sgn(b) == 0) raise_zero_division("long division or modulo by zero");
}

Value long_floordiv(Value a, Value b) {
  BOTH_INTEGERS(a, b);
  Operands o(a, b);
  check_divisor(o.b);
  Long* r = long_new();
  mpz_fdiv_q(r->z, o.a, o.b);
  return Value(r);
}
Value long_mod(Value a, Value b) {
  BOTH_INTEGERS(a, b);
  Operands o(a, b);
  check_divisor(o.b);
  Long* r = long_new();
  mpz_fdiv_r(r->z, o.a, o.b);
  return Value(r);
}
Value long_divmod(Value a, Value b) {
  BOTH_INTEGERS(a, b);
  Operands o(a, b);
  check_divisor(o.b);
  Long* q = long_new();
  Long* r = long_new();
  mpz_fdiv_qr(q->z, r->z, o.a, o.b);
  return Value(tuple_of({Value(q), Value(r)}));
}

// a / b correctly rounded to a double (2.7's long true division).
double mpz_true_div(const mpz_t a, const mpz_t b) {
  // Scale so the quotient has at least 55 significant bits, divide, and let
  // mpf-free arithmetic round once via a sticky bit.
  if (mpz_sgn(a) == 0) return mpz_sgn(b) < 0 ? -0.0 : 0.0;
  bool neg = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
  mpz_t x, y, q, r;
  mpz_inits(x, y, q, r, nullptr);
  mpz_abs(x, a);
  mpz_abs(y, b);
  long shift = 55 - static_cast<long>(mpz_sizeinbase(x, 2)) + static_cast<long>(mpz_sizeinbase(y, 2));
  if (shift > 0) mpz_mul_2exp(x, x, shift);
  else if (shift < 0) mpz_mul_2exp(y, y, -shift);
  mpz_tdiv_qr(q, r, x, y);
  if (mpz_sgn(r) != 0) mpz_setbit(q, 0);  // sticky bit: q has >= 55 bits, bit 0 below rounding point
  // q is exact in 64 bits here; convert with one rounding (to nearest even).
  double d;
  size_t bits = mpz_sizeinbase(q, 2);
  if (bits <= 64) {
    d = static_cast<double>(static_cast<unsigned long>(mpz_get_ui(q)));
  } else {
    d = mpz_get_d(q);
  }
  d = std::ldexp(d, static_cast<int>(-shift));
  mpz_clears(x, y, q, r, nullptr);
  if (std::isinf(d)) raise_overflow("integer division result too large for a float");
  return neg ? -d : d;
}

Value long_truediv(Value a, Value b) {
  BOTH_INTEGERS(a, b);
  Operands o(a, b);
  if (mpz_sgn(o.b) == 0) raise_zero_division("division by zero");
  return make_float(mpz_true_div(o.a, o.b));
}

Value long_pow(Value a, Value b) {
  BOTH_INTEGERS(a, b);
  Operands o(a, b);
  if (mpz_sgn(o.b) < 0) {
    double x;
    as_double(a, &x);
    double y;
    as_double(b, &y);
    if (x == 0) raise_zero_division("0.0 cannot be raised to a negative power");
    return make_float(std::pow(x, y));
  }
  if (!mpz_fits_ulong_p(o.b)) {
    if (mpz_cmp_ui(o.a, 1) == 0 || mpz_sgn(o.a) == 0) return long_from_mpz(o.a);
    raise_memory_error();
  }
  Long* r = long_new();
  mpz_pow_ui(r->z, o.a, mpz_get_ui(o.b));
  return Value(r);
}

Value long_pow3(Value a, Value b, Value m) {
  if (!is_integer(a) || !is_integer(b) || !is_integer(m)) {
    // 2.7 tries float's slot too, and float's pow refuses any modulus.
    if (is_float(a) || is_float(b) || is_float(m))
      raise_type_error("pow() 3rd argument not allowed unless all arguments are integers");
    return NotImplemented();
  }
  mpz_t x, y, z;
  mpz_inits(x, y, z, nullptr);
  to_mpz(a, x);
  to_mpz(b, y);
  to_mpz(m, z);
  if (mpz_sgn(y) < 0)
    raise_type_error("pow() 2nd argument cannot be negative when 3rd argument specified");
  if (mpz_sgn(z) == 0) raise_value_error("pow() 3rd argument cannot be 0");
  Long* r = long_new();
  mpz_t az;
  mpz_init(az);
  mpz_abs(az, z);
  mpz_powm(r->z, x, y, az);
  // Python's result has the sign of the modulus.
  if (mpz_sgn(r->z) != 0 && mpz_sgn(z) < 0) mpz_sub(r->z, r->z, az);
  bool ints = !is_long(a) && !is_long(b) && !is_long(m);
  return ints ? int_or_long_from_mpz(r->z) : Value(r);
}

// The shift count of << and >> as 2.7 reads it: a count beyond a C ssize_t
// fails the conversion before its sign is looked at.
int64_t shift_count(mpz_srcptr b) {
  if (!mpz_fits_slong_p(b)) raise_overflow("long int too large to convert to int");
  int64_t n = mpz_get_si(b);
  if (n < 0) raise_value_error("negative shift count");
  return n;
}

Value long_lshift(Value a, Value b) {
  BOTH_INTEGERS(a, b);
  Operands o(a, b);
  int64_t n = shift_count(o.b);
  // CPython allocates the digits and fails with a bare MemoryError; GMP
  // would abort instead, so stop well before its size limit.
  if (mpz_sgn(o.a) == 0) return Value(long_new());
  if (n > (int64_t{1} << 36)) raise_memory_error();
  Long* r = long_new();
  mpz_mul_2exp(r->z, o.a, static_cast<mp_bitcnt_t>(n));
  return Value(r);
}
Value long_rshift(Value a, Value b) {
  BOTH_INTEGERS(a, b);
  Operands o(a, b);
  int64_t n = shift_count(o.b);
  Long* r = long_new();
  mpz_fdiv_q_2exp(r->z, o.a, static_cast<mp_bitcnt_t>(n));
  return Value(r);
}

Value long_unary(Value a, void (*fn)(mpz_ptr, mpz_srcptr)) {
  Long* r = long_new();
  fn(r->z, a.as<Long>()->z);
  return Value(r);
}
Value long_neg(Value a) { return long_unary(a, mpz_neg); }
Value long_abs(Value a) { return long_unary(a, mpz_abs); }
Value long_invert(Value a) { return long_unary(a, mpz_com); }
Value long_pos(Value a) { return long_from_mpz(a.as<Long>()->z); }
int long_nonzero(Value a) { return mpz_sgn(a.as<Long>()->z) != 0; }
Value long_int(Value a) { return int_or_long_from_mpz(a.as<Long>()->z); }
Value long_float(Value a) {
  double d;
  as_double(a, &d);
  return make_float(d);
}

Value long_repr(Value a) {
  std::string s = long_to_decimal(a.as<Long>()->z);
  s += 'L';
  return Value(str_new(s));
}
Value long_str(Value a) { return Value(str_new(long_to_decimal(a.as<Long>()->z))); }

int64_t long_hash(Value a) {
  // |v| mod (2**64 - 1), a nonzero multiple giving 2**64-1; times the sign.
  const mpz_srcptr z = a.as<Long>()->z;
  if (mpz_sgn(z) == 0) return 0;
  mpz_t m, r;
  mpz_init_set_ui(m, 0);
  mpz_setbit(m, 64);
  mpz_sub_ui(m, m, 1);
  mpz_init(r);
  mpz_abs(r, z);
  mpz_mod(r, r, m);
  uint64_t x = mpz_sgn(r) == 0 ? ~uint64_t(0) : mpz_get_ui(r);
  if (mpz_sgn(z) < 0) x = ~x + 1;
  int64_t h = static_cast<int64_t>(x);
  return h == -1 ? -2 : h;
}

Value long_richcompare(Value a, Value b, CompareOp op) {
  BOTH_INTEGERS(a, b);
  Operands o(a, b);
  int c = mpz_cmp(o.a, o.b);
  return from_bool(cmp_small(c, 0, op));
}

Value long_new_fn(Value callee, const Value* args, size_t nargs, Tuple* kw);

Value long_conjugate(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("conjugate", nargs, 0, 0);
  return long_from_mpz(self.as<Long>()->z);
}

Value long_bit_length(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("bit_length", nargs, 0, 0);
  const mpz_srcptr z = self.as<Long>()->z;
  return small_int(mpz_sgn(z) == 0 ? 0 : static_cast<int64_t>(mpz_sizeinbase(z, 2)));
}

// __cmp__, __coerce__ and the unary slots as methods 2.7 lists on long.
Value long_cmp_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__cmp__", nargs, 1, 1);
  if (!is_long(args[0]))
    raise_type_error("long.__cmp__(x,y) requires y to be a 'long', not a '%s'", type_name(args[0]));
  int c = mpz_cmp(self.as<Long>()->z, args[0].as<Long>()->z);
  return small_int(c < 0 ? -1 : c > 0 ? 1 : 0);
}
Value long_coerce_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__coerce__", nargs, 1, 1);
  if (is_long(args[0])) return Value(tuple_of({self, args[0]}));
  if (is_int(args[0])) return Value(tuple_of({self, long_from_i64(int_value(args[0]))}));
  return NotImplemented();
}
Value long_trunc_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__trunc__", nargs, 0, 0);
  return long_from_mpz(self.as<Long>()->z);
}
Value long_getnewargs_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__getnewargs__", nargs, 0, 0);
  return Value(tuple_of({long_from_mpz(self.as<Long>()->z)}));
}
Value long_hex_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__hex__", nargs, 0, 0);
  return Value(str_new(internal::long_hex(self.as<Long>()->z)));
}
Value long_oct_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__oct__", nargs, 0, 0);
  return Value(str_new(internal::long_oct(self.as<Long>()->z)));
}

Value long_getattr(Value self, Str* name) {
  std::string_view n = name->view();
  if (n == "real" || n == "numerator") return long_from_mpz(self.as<Long>()->z);
  if (n == "imag") return long_from_i64(0);
  if (n == "denominator") return long_from_i64(1);
  return generic_getattr(self, name);
}

void register_long() {
  LongType.name = "long";
  LongType.flags = kTypeLongSubclass | kTypeBaseOk;
  LongType.instance_size = sizeof(Long);
  LongType.repr = long_repr;
  LongType.str = long_str;
  LongType.hash = long_hash;
  LongType.richcompare = long_richcompare;
  LongType.nonzero = long_nonzero;
  LongType.nb[kNbAdd] = long_add;
  LongType.nb[kNbSub] = long_sub;
  LongType.nb[kNbMul] = long_mul;
  LongType.nb[kNbDiv] = long_floordiv;
  LongType.nb[kNbFloorDiv] = long_floordiv;
  LongType.nb[kNbTrueDiv] = long_truediv;
  LongType.nb[kNbMod] = long_mod;
  LongType.nb[kNbDivmod] = long_divmod;
  LongType.nb[kNbPow] = long_pow;
  LongType.nb[kNbLshift] = long_lshift;
  LongType.nb[kNbRshift] = long_rshift;
  LongType.nb[kNbAnd] = long_and;
  LongType.nb[kNbOr] = long_or;
  LongType.nb[kNbXor] = long_xor;
  LongType.nb_pow3 = long_pow3;
  LongType.nb_neg = long_neg;
  LongType.nb_pos = long_pos;
  LongType.nb_abs = long_abs;
  LongType.nb_invert = long_invert;
  LongType.nb_int = long_int;
  LongType.nb_long = long_pos;
  LongType.nb_index = long_pos;
  LongType.nb_float = long_float;
  LongType.tp_new = long_new_fn;
  LongType.getattr = long_getattr;
  type_ready(&LongType, {
      {"__cmp__", long_cmp_m},
      {"__coerce__", long_coerce_m},
      {"__format__", number_format_dunder},
      {"__getnewargs__", long_getnewargs_m},
      {"__hex__", long_hex_m},
      {"__oct__", long_oct_m},
      {"__trunc__", long_trunc_m},
      {"bit_length", long_bit_length},
      {"conjugate", long_conjugate},
  });
  // 2.7's long has only tp_compare (__cmp__); the richcompare slot is ours.
  type_hide_wrappers(&LongType, {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"});
  type_add_getsets(&LongType, {{"denominator"}, {"imag"}, {"numerator"}, {"real"}});
}
TypeRegistrar reg(register_long);

}  // namespace

// Exposed for int() and long(): converts x (and optional base) to an integer.
Value int_from_value(Value x, Value base);
Value long_from_value(Value x, Value base) {
  std::string chars;  // long(bytearray or buffer) reads its bytes as text
  if (base.is_null() && char_buffer_bytes(x, &chars)) x = Value(str_new(chars));
  // long(str[, base]) accepts a trailing 'L' (internal::parse_long).
  if (is_str(x) && (base.is_null() || is_int(base))) {
    int64_t b = base.is_null() ? 10 : int_value(base);
    internal::ParseIntResult r = internal::parse_long(x.as<Str>()->view(),
                                                      static_cast<int>(b < -1000 ? -1000 : b > 1000 ? 1000 : b),
                                                      !base.is_null());
    if (r.kind == internal::ParseIntResult::Kind::kError) raise_value_error("%s", r.error.c_str());
    if (r.kind == internal::ParseIntResult::Kind::kSmall) return long_from_i64(r.small);
    return long_from_mpz(r.big);
  }
  // long(obj) uses __long__ first (2.7's PyNumber_Long).
  if (base.is_null() && !is_int(x) && !is_long(x) && !is_str(x) && type_of(x)->nb_long) {
    Value r = type_of(x)->nb_long(x);
    if (is_int(r)) return long_from_i64(int_value(r));
    if (!is_long(r)) raise_type_error("__long__ returned non-long (type %s)", type_name(r));
    return r;
  }
  Type* t = type_of(x);
  if (base.is_null() && !is_str(x) && !is_unicode(x) && !is_int(x) && !is_long(x) && !t->nb_int &&
      type_lookup(t, str_intern("__trunc__")).is_null())
    raise_type_error("long() argument must be a string or a number, not '%s'", type_name(x));
  Value r = int_from_value(x, base);
  if (is_int(r)) return long_from_i64(int_value(r));
  return r;
}

namespace {
Value long_new_fn(Value, const Value* args, size_t nargs, Tuple* kw) {
  internal::KwArgs p("long", args, nargs, kw, {"x", "base"}, 0);
  Value x = p.get(0), base = p.get(1);
  p.finish();
  if (x.is_null() && !base.is_null()) raise_type_error("long() missing string argument");
  if (x.is_null()) return long_from_i64(0);
  return long_from_value(x, base);
}
}  // namespace

}  // namespace pytrans::rt
