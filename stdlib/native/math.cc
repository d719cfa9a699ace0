// SPDX-License-Identifier: Apache-2.0
// The math module of Python 2.7.
//
// Error reporting follows 2.7's math_1/math_2: a NaN result from a non-NaN
// argument is "math domain error" (ValueError); an infinite result from a
// finite argument is "math range error" (OverflowError) for the functions
// that can overflow (exp, cosh, sinh, expm1) and a domain error for the rest
// (log(0)). floor and ceil return floats in 2.7. fsum is Shewchuk's exact
// summation with 2.7's special-value rules.
#include <gmp.h>

#include <cerrno>
#include <cfloat>
#include <climits>
#include <cmath>
#include <vector>

#include "support.h"

namespace pytrans::rt {
Value int_from_value(Value x, Value base);  // int(x) (objects/number_convert.cc)
namespace {

using stdlib::to_double;

[[noreturn]] void domain_error() { raise_msg(&ValueErrorType, "math domain error"); }
[[noreturn]] void range_error() { raise_msg(&OverflowErrorType, "math range error"); }

double check1(double x, double r, bool can_overflow) {
  if (std::isnan(r) && !std::isnan(x)) domain_error();
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) range_error();
    domain_error();
  }
  return r;
}

double arg1(const char* name, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs(name, kw);
  check_nargs(name, nargs, 1, 1);
  return to_double(args[0]);
}

#define MATH1(pyname, cfn, can_overflow)                                        \
  Value m_##pyname(Value, const Value* args, size_t nargs, Tuple* kw) {         \
    double x = arg1(#pyname, args, nargs, kw);                                  \
    return make_float(check1(x, cfn(x), can_overflow));                         \
  }

MATH1(acos, std::acos, false)
MATH1(acosh, std::acosh, false)
MATH1(asin, std::asin, false)
MATH1(asinh, std::asinh, false)
MATH1(atan, std::atan, false)
MATH1(atanh, std::atanh, false)
MATH1(ceil, std::ceil, false)
MATH1(cos, std::cos, false)
MATH1(cosh, std::cosh, true)
MATH1(erf, std::erf, false)
MATH1(erfc, std::erfc, false)
MATH1(exp, std::exp, true)
MATH1(expm1, std::expm1, true)
MATH1(fabs, std::fabs, false)
MATH1(floor, std::floor, false)
MATH1(log1p, std::log1p, false)
MATH1(sin, std::sin, false)
MATH1(sinh, std::sinh, true)
MATH1(sqrt, std::sqrt, false)
MATH1(tan, std::tan, false)
MATH1(tanh, std::tanh, false)

double degrees_of(double x) { return x * (180.0 / M_PI); }
double radians_of(double x) { return x * (M_PI / 180.0); }
MATH1(degrees, degrees_of, true)
MATH1(radians, radians_of, false)

bool is_nonpositive_integer(double x) { return x <= 0 && std::floor(x) == x; }

Value m_gamma(Value, const Value* args, size_t nargs, Tuple* kw) {
  double x = arg1("gamma", args, nargs, kw);
  if (std::isnan(x)) return make_float(x);
  if (std::isinf(x)) {
    if (x < 0) domain_error();
    return make_float(x);
  }
  if (is_nonpositive_integer(x)) domain_error();
  double r = std::tgamma(x);
  if (std::isinf(r)) range_error();
  return make_float(r);
}

Value m_lgamma(Value, const Value* args, size_t nargs, Tuple* kw) {
  double x = arg1("lgamma", args, nargs, kw);
  if (std::isnan(x)) return make_float(x);
  if (std::isinf(x)) return make_float(HUGE_VAL);
  if (is_nonpositive_integer(x)) domain_error();
  int sign;
  double r = lgamma_r(x, &sign);
  if (std::isinf(r)) range_error();
  return make_float(r);
}

Value m_isinf(Value, const Value* args, size_t nargs, Tuple* kw) {
  return from_bool(std::isinf(arg1("isinf", args, nargs, kw)));
}
Value m_isnan(Value, const Value* args, size_t nargs, Tuple* kw) {
  return from_bool(std::isnan(arg1("isnan", args, nargs, kw)));
}

// ---- two-argument functions ----

void args2(const char* name, const Value* args, size_t nargs, Tuple* kw, double* x, double* y) {
  check_no_kwargs(name, kw);
  check_nargs(name, nargs, 2, 2);
  *x = to_double(args[0]);
  *y = to_double(args[1]);
}

Value m_atan2(Value, const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  args2("atan2", args, nargs, kw, &x, &y);
  return make_float(std::atan2(x, y));
}

Value m_copysign(Value, const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  args2("copysign", args, nargs, kw, &x, &y);
  return make_float(std::copysign(x, y));
}

Value m_fmod(Value, const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  args2("fmod", args, nargs, kw, &x, &y);
  if (std::isinf(y) && std::isfinite(x)) return make_float(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error();
  return make_float(r);
}

Value m_hypot(Value, const Value* args, size_t nargs, Tuple* kw) {
  double x, y;
  args2("hypot", args, nargs, kw, &x, &y);
  if (std::isinf(x) || std::isinf(y)) return make_float(HUGE_VAL);
  double r = std::hypot(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error();
  if (std::isinf(r)) range_error();
  return make_float(r);
}

Value m_pow(Value, const Value* args, size_t nargs, Tuple* kw) {
  double x, y, r;
  args2("pow", args, nargs, kw, &x, &y);
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) r = y == 0.0 ? 1.0 : x;
    else if (std::isnan(y)) r = x == 1.0 ? 1.0 : y;
    else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0) r = odd_y ? x : std::fabs(x);
      else if (y == 0) r = 1.0;
      else r = odd_y ? std::copysign(0.0, x) : 0.0;
    } else {
      if (std::fabs(x) == 1.0) r = 1.0;
      else if (y > 0 && std::fabs(x) > 1.0) r = y;
      else if (y < 0 && std::fabs(x) < 1.0) r = -y;
      else r = 0.0;
    }
    return make_float(r);
  }
  r = std::pow(x, y);
  if (std::isnan(r)) domain_error();
  if (std::isinf(r)) {
    if (x == 0.0) domain_error();
    range_error();
  }
  return make_float(r);
}

Value m_ldexp(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("ldexp", kw);
  check_nargs("ldexp", nargs, 2, 2);
  double x = to_double(args[0]);
  Value e = args[1];
  long exp;
  if (is_int(e)) exp = int_value(e);
  else if (is_long(e)) {
    const mpz_srcptr z = e.as<Long>()->z;
    exp = mpz_fits_slong_p(z) ? mpz_get_si(z) : (mpz_sgn(z) < 0 ? LONG_MIN : LONG_MAX);
  } else {
    raise_type_error("Expected an int or long as second argument to ldexp.");
  }
  if (x == 0.0 || !std::isfinite(x)) return make_float(x);
  if (exp > INT_MAX) range_error();
  if (exp < INT_MIN) return make_float(std::copysign(0.0, x));
  double r = std::ldexp(x, static_cast<int>(exp));
  if (std::isinf(r)) range_error();
  return make_float(r);
}

Value m_frexp(Value, const Value* args, size_t nargs, Tuple* kw) {
  double x = arg1("frexp", args, nargs, kw);
  int e = 0;
  if (std::isnan(x) || std::isinf(x) || x == 0.0) return Value(tuple_of({make_float(x), small_int(0)}));
  double m = std::frexp(x, &e);
  return Value(tuple_of({make_float(m), small_int(e)}));
}

Value m_modf(Value, const Value* args, size_t nargs, Tuple* kw) {
  double x = arg1("modf", args, nargs, kw);
  if (std::isinf(x)) return Value(tuple_of({make_float(std::copysign(0.0, x)), make_float(x)}));
  double ip;
  double fp = std::modf(x, &ip);
  return Value(tuple_of({make_float(fp), make_float(ip)}));
}

// ---- logarithms: longs too large for a double are handled as m * 2**e ----

double log_of(Value v, double (*fn)(double), const char* name) {
  if (is_long(v)) {
    const mpz_srcptr z = v.as<Long>()->z;
    if (mpz_sgn(z) <= 0) domain_error();
    double d;
    if (mpz_sizeinbase(z, 2) < 1000) {
      as_double(v, &d);
      return fn(d);
    }
    long e;
    double m = mpz_get_d_2exp(&e, z);
    return fn(m) + fn(2.0) * static_cast<double>(e);
  }
  double x = to_double(v);
  (void)name;
  if (std::isnan(x)) return x;
  if (x <= 0) domain_error();
  if (std::isinf(x)) return x;
  return fn(x);
}

Value m_log(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("log", kw);
  check_nargs("log", nargs, 1, 2);
  double num = log_of(args[0], std::log, "log");
  if (nargs == 1) return make_float(num);
  double den = log_of(args[1], std::log, "log");
  if (den == 0.0) raise_zero_division("float division by zero");
  return make_float(num / den);
}

Value m_log10(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("log10", kw);
  check_nargs("log10", nargs, 1, 1);
  return make_float(log_of(args[0], std::log10, "log10"));
}

// ---- integers ----

Value m_factorial(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("factorial", kw);
  check_nargs("factorial", nargs, 1, 1);
  Value x = args[0];
  int64_t n;
  if (is_float(x)) {
    double d = x.as<Float>()->v;
    if (!std::isfinite(d) || std::floor(d) != d) raise_value_error("factorial() only accepts integral values");
    if (d < 0) raise_value_error("factorial() not defined for negative values");
    if (d > 1e18) raise_overflow("Python int too large to convert to C long");
    n = static_cast<int64_t>(d);
  } else if (is_int(x)) {
    n = int_value(x);
  } else if (is_long(x)) {
    const mpz_srcptr z = x.as<Long>()->z;
    if (mpz_sgn(z) < 0) raise_value_error("factorial() not defined for negative values");
    if (!mpz_fits_slong_p(z)) raise_overflow("Python int too large to convert to C long");
    n = mpz_get_si(z);
  } else {
    n = stdlib::to_i64(x);
  }
  if (n < 0) raise_value_error("factorial() not defined for negative values");
  mpz_t r;
  mpz_init(r);
  mpz_fac_ui(r, static_cast<unsigned long>(n));
  Value v = int_or_long_from_mpz(r);
  mpz_clear(r);
  return v;
}

Value m_trunc(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("trunc", kw);
  check_nargs("trunc", nargs, 1, 1);
  Value x = args[0];
  if (is_float(x) || is_int(x) || is_long(x)) return int_from_value(x, Value());
  Value fn = type_lookup(type_of(x), str_intern("__trunc__"));
  if (fn.is_null()) raise_type_error("type %s doesn't define __trunc__ method", type_of(x)->name);
  return call_method(x, str_intern("__trunc__"));
}

// ---- fsum (Shewchuk / 2.7's msum) ----

Value m_fsum(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("fsum", kw);
  check_nargs("fsum", nargs, 1, 1);
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0;
  Value it = iter(args[0]);
  for (Value item = next(it); !item.is_null(); item = next(it)) {
    double x = to_double(item);
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < p.size(); ++j) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        if (std::isfinite(xsave)) raise_overflow("intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) raise_value_error("-inf + inf in fsum");
    return make_float(special_sum);
  }
  double hi = 0.0;
  size_t n = p.size();
  if (n > 0) {
    hi = p[--n];
    double lo = 0;
    while (n > 0) {
      double x = hi;
      double y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return make_float(hi);
}

void init_math(Module* m) {
  using stdlib::mod_set;
  mod_set(m, "pi", make_float(M_PI));
  mod_set(m, "e", make_float(M_E));
  stdlib::mod_fns(m, {{"acos", m_acos},       {"acosh", m_acosh},   {"asin", m_asin},         {"asinh", m_asinh},
                      {"atan", m_atan},       {"atan2", m_atan2},   {"atanh", m_atanh},       {"ceil", m_ceil},
                      {"copysign", m_copysign}, {"cos", m_cos},     {"cosh", m_cosh},         {"degrees", m_degrees},
                      {"erf", m_erf},         {"erfc", m_erfc},     {"exp", m_exp},           {"expm1", m_expm1},
                      {"fabs", m_fabs},       {"factorial", m_factorial}, {"floor", m_floor}, {"fmod", m_fmod},
                      {"frexp", m_frexp},     {"fsum", m_fsum},     {"gamma", m_gamma},       {"hypot", m_hypot},
                      {"isinf", m_isinf},     {"isnan", m_isnan},   {"ldexp", m_ldexp},       {"lgamma", m_lgamma},
                      {"log", m_log},         {"log10", m_log10},   {"log1p", m_log1p},       {"modf", m_modf},
                      {"pow", m_pow},         {"radians", m_radians}, {"sin", m_sin},         {"sinh", m_sinh},
                      {"sqrt", m_sqrt},       {"tan", m_tan},       {"tanh", m_tanh},         {"trunc", m_trunc}});
}

NativeModule reg("math", init_math);

}  // namespace
}  // namespace pytrans::rt
