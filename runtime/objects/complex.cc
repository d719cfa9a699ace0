// SPDX-License-Identifier: Apache-2.0
// complex: CPython 2.7's complexobject.c.
//
// Mixed arithmetic converts int, long and float operands to complex first.
// Division is 2.7's c_quot (scale by the larger part of the divisor, no
// Smith refinements), so quotients match to the last bit. Integral exponents
// up to 100 in absolute value use repeated squaring (c_powi), others the
// polar form (c_pow); an infinite result raises OverflowError "complex
// exponentiation". //, % and divmod() still work (2.7 only warns, silently).
// repr/str come from internal/float_format ('(1+2j)', '1j', '(-0-1j)'),
// complex(s) from internal/num_parse.
// Ordering comparisons with numbers raise TypeError; == compares with ints
// through float.
#include "objects/complex.h"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <string>

#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "internal/float_format.h"
#include "internal/hashing.h"
#include "internal/num_parse.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/long.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

Value number_format_dunder(Value self, const Value* args, size_t nargs, Tuple* kw);  // str_format.cc: format(complex, spec)


Type ComplexType;

Value float_from_value(Value x);  // float(x), objects/float.cc

namespace {

struct C {
  double r, i;
};

C c_sum(C a, C b) { return {a.r + b.r, a.i + b.i}; }
C c_diff(C a, C b) { return {a.r - b.r, a.i - b.i}; }
C c_prod(C a, C b) { return {a.r * b.r - a.i * b.i, a.r * b.i + a.i * b.r}; }

C c_quot(C a, C b, int* err) {
  double abs_br = b.r < 0 ? -b.r : b.r;
  double abs_bi = b.i < 0 ? -b.i : b.i;
  if (abs_br >= abs_bi) {
    if (abs_br == 0.0) {
      *err = EDOM;
      return {0.0, 0.0};
    }
    double ratio = b.i / b.r;
    double denom = b.r + b.i * ratio;
    return {(a.r + a.i * ratio) / denom, (a.i - a.r * ratio) / denom};
  }
  if (abs_bi >= abs_br) {
    double ratio = b.r / b.i;
    double denom = b.r * ratio + b.i;
    return {(a.r * ratio + a.i) / denom, (a.i * ratio - a.r) / denom};
  }
  return {NAN, NAN};
}

C c_pow(C a, C b, int* err) {
  if (b.r == 0. && b.i == 0.) return {1., 0.};
  if (a.r == 0. && a.i == 0.) {
    if (b.i != 0. || b.r < 0.) *err = EDOM;
    return {0., 0.};
  }
  double vabs = std::hypot(a.r, a.i);
  double len = std::pow(vabs, b.r);
  double at = std::atan2(a.i, a.r);
  double phase = at * b.r;
  if (b.i != 0.0) {
    len /= std::exp(at * b.i);
    phase += b.i * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

C c_powu(C x, long n) {
  C r{1., 0.}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = c_prod(r, p);
    mask <<= 1;
    p = c_prod(p, p);
  }
  return r;
}

C c_powi(C x, long n, int* err) {
  if (n > 100 || n < -100) return c_pow(x, C{static_cast<double>(n), 0.}, err);
  if (n > 0) return c_powu(x, n);
  return c_quot(C{1., 0.}, c_powu(x, -n), err);
}

// Converts a number operand to complex; false for anything else.
bool to_c(Value v, C* out) {
  if (is_complex(v)) {
    *out = {v.as<Complex>()->real, v.as<Complex>()->imag};
    return true;
  }
  if (is_int(v) || is_long(v) || is_float(v)) {
    double d;
    as_double(v, &d);  // OverflowError for huge longs, as 2.7
    *out = {d, 0.};
    return true;
  }
  return false;
}

#define BOTH(a, b, x, y)                  \
  C x, y;                                 \
  if (!to_c(a, &x) || !to_c(b, &y)) return NotImplemented()

Value mk(C c) { return make_complex(c.r, c.i); }

Value complex_add(Value a, Value b) { BOTH(a, b, x, y); return mk(c_sum(x, y)); }
Value complex_sub(Value a, Value b) { BOTH(a, b, x, y); return mk(c_diff(x, y)); }
Value complex_mul(Value a, Value b) { BOTH(a, b, x, y); return mk(c_prod(x, y)); }
Value complex_div(Value a, Value b) {
  BOTH(a, b, x, y);
  int err = 0;
  C q = c_quot(x, y, &err);
  if (err == EDOM) raise_zero_division("complex division by zero");
  return mk(q);
}

bool divmod_c(C x, C y, C* div, C* mod, const char* zero_msg) {
  int err = 0;
  C d = c_quot(x, y, &err);
  if (err == EDOM) raise_zero_division(zero_msg);
  d.r = std::floor(d.r);
  d.i = 0.0;
  *div = d;
  *mod = c_diff(x, c_prod(y, d));
  return true;
}

Value complex_mod(Value a, Value b) {
  BOTH(a, b, x, y);
  C d, m;
  divmod_c(x, y, &d, &m, "complex remainder");
  return mk(m);
}
Value complex_divmod(Value a, Value b) {
  BOTH(a, b, x, y);
  C d, m;
  divmod_c(x, y, &d, &m, "complex divmod()");
  return Value(tuple_of({mk(d), mk(m)}));
}
Value complex_floordiv(Value a, Value b) {
  BOTH(a, b, x, y);
  C d, m;
  divmod_c(x, y, &d, &m, "complex divmod()");
  return mk(d);
}

Value pow_c(C a, C b) {
  int err = 0;
  long n = static_cast<long>(b.r);
  C p = (b.i == 0. && b.r == static_cast<double>(n)) ? c_powi(a, n, &err) : c_pow(a, b, &err);
  if (err == 0 && (std::isinf(p.r) || std::isinf(p.i))) err = ERANGE;
  if (err == EDOM) raise_zero_division("0.0 to a negative or complex power");
  if (err == ERANGE) raise_overflow("complex exponentiation");
  return mk(p);
}

Value complex_pow(Value a, Value b) { BOTH(a, b, x, y); return pow_c(x, y); }
Value complex_pow3(Value a, Value b, Value m) {
  if (!is_none(m)) raise_value_error("complex modulo");
  return complex_pow(a, b);
}

Value complex_neg(Value a) { return make_complex(-a.as<Complex>()->real, -a.as<Complex>()->imag); }
Value complex_pos(Value a) {
  if (a.obj()->type == &ComplexType) return a;
  return make_complex(a.as<Complex>()->real, a.as<Complex>()->imag);
}
Value complex_abs(Value a) {
  Complex* c = a.as<Complex>();
  if (std::isinf(c->real) || std::isinf(c->imag)) return make_float(INFINITY);
  if (std::isnan(c->real) || std::isnan(c->imag)) return make_float(NAN);
  double r = std::hypot(c->real, c->imag);
  if (std::isinf(r)) raise_overflow("absolute value too large");
  return make_float(r);
}
int complex_nonzero(Value a) { return a.as<Complex>()->real != 0.0 || a.as<Complex>()->imag != 0.0; }

Value complex_no_int(Value) { raise_type_error("can't convert complex to int"); }
Value complex_no_long(Value) { raise_type_error("can't convert complex to long"); }
Value complex_no_float(Value) { raise_type_error("can't convert complex to float"); }

int64_t complex_hash(Value a) {
  Complex* c = a.as<Complex>();
  uint64_t hr = static_cast<uint64_t>(internal::hash_double(c->real));
  uint64_t hi = static_cast<uint64_t>(internal::hash_double(c->imag));
  int64_t h = static_cast<int64_t>(hr + 1000003u * hi);
  return h == -1 ? -2 : h;
}

Value complex_richcompare(Value a, Value b, CompareOp op) {
  if (op != kEq && op != kNe) {
    if (is_int(b) || is_long(b) || is_float(b) || is_complex(b))
      raise_type_error("no ordering relation is defined for complex numbers");
    return NotImplemented();
  }
  Complex* c = a.as<Complex>();
  bool eq;
  if (is_int(b) || is_long(b)) {
    if (c->imag == 0.0) return compare(make_float(c->real), b, op);
    eq = false;
  } else if (is_float(b)) {
    eq = c->real == b.as<Float>()->v && c->imag == 0.0;
  } else if (is_complex(b)) {
    eq = c->real == b.as<Complex>()->real && c->imag == b.as<Complex>()->imag;
  } else {
    return NotImplemented();
  }
  return from_bool(op == kEq ? eq : !eq);
}

Value complex_repr(Value a) {
  return Value(str_new(internal::complex_repr(a.as<Complex>()->real, a.as<Complex>()->imag)));
}
Value complex_str(Value a) {
  return Value(str_new(internal::complex_str(a.as<Complex>()->real, a.as<Complex>()->imag)));
}

Value complex_getattr(Value self, Str* name) {
  if (name->view() == "real") return make_float(self.as<Complex>()->real);
  if (name->view() == "imag") return make_float(self.as<Complex>()->imag);
  return generic_getattr(self, name);
}

// ---- complex(s) ----

C parse_complex(std::string_view str) {
  if (str.find('\0') != std::string_view::npos) raise_value_error("complex() arg is not a valid string");
  auto r = internal::parse_complex(str);
  if (!r) raise_value_error("%s", internal::kComplexMalformed);
  return {r->first, r->second};
}

Value alloc_complex(Type* t, C c) {
  Complex* r = t == &ComplexType ? new_atomic_object<Complex>(t) : new_object<Complex>(t, t->instance_size);
  r->real = c.r;
  r->imag = c.i;
  return Value(r);
}

// A number argument of complex(): its __complex__, a complex, or float(x).
bool arg_to_c(Value v, C* out, bool* was_complex) {
  *was_complex = false;
  if (!is_complex(v)) {
    Value f = type_of(v)->flags & kTypeHeap ? type_lookup(type_of(v), str_intern("__complex__")) : Value();
    if (!f.is_null()) {
      Value r = call(f, v);
      if (!is_complex(r)) raise_type_error("__complex__ should return a complex object");
      v = r;
    }
  }
  if (is_complex(v)) {
    *was_complex = true;
    *out = {v.as<Complex>()->real, v.as<Complex>()->imag};
    return true;
  }
  if (!type_of(v)->nb_float && !is_int(v) && !is_long(v) && !is_float(v)) return false;
  *out = {float_from_value(v).as<Float>()->v, 0.};
  return true;
}

Value complex_tp_new(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  Type* t = callee.as<Type>();
  Value r, i;
  if (nargs > 2) raise_type_error("complex() takes at most 2 arguments (%zu given)", nargs);
  if (nargs > 0) r = args[0];
  if (nargs > 1) i = args[1];
  if (kw) {
    for (int64_t k = 0; k < kw->len; ++k) {
      std::string_view name = kw->items[k].as<Str>()->view();
      Value v = args[nargs + k];
      if (name == "real" && nargs < 1) r = v;
      else if (name == "imag" && nargs < 2) i = v;
      else if (name == "real" || name == "imag")
        raise_type_error("Argument given by name ('%s') and position (%d)", kw->items[k].as<Str>()->data, name == "real" ? 1 : 2);
      else
        raise_type_error("'%s' is an invalid keyword argument for this function", kw->items[k].as<Str>()->data);
    }
  }
  if (r.is_null()) r = small_int(0);
  if (is_str(r)) {
    if (!i.is_null()) raise_type_error("complex() can't take second arg if first is a string");
    return alloc_complex(t, parse_complex(r.as<Str>()->view()));
  }
  if (!i.is_null() && is_str(i)) raise_type_error("complex() second arg can't be a string");
  if (t == &ComplexType && i.is_null() && !r.is_small_int() && r.obj()->type == &ComplexType) return r;
  C cr, ci{0., 0.};
  bool r_complex, i_complex = false;
  if (!arg_to_c(r, &cr, &r_complex)) raise_type_error("complex() argument must be a string or a number");
  if (!i.is_null() && !arg_to_c(i, &ci, &i_complex)) raise_type_error("complex() argument must be a string or a number");
  // 2.7 adds the cross terms only when they exist: complex(0, -0.0) keeps -0.0.
  if (i_complex) cr.r -= ci.i;
  if (r_complex) ci.r += cr.i;
  return alloc_complex(t, C{cr.r, ci.r});
}

// ---- methods ----

Value m_conjugate(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("conjugate", nargs, 0, 0);
  return make_complex(self.as<Complex>()->real, -self.as<Complex>()->imag);
}

// complex.__coerce__: the other number widened to complex.
Value m_coerce(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__coerce__", nargs, 1, 1);
  Value o = args[0];
  if (is_complex(o)) return Value(tuple_of({self, o}));
  double d;
  if ((is_int(o) || is_long(o) || is_float(o)) && as_double(o, &d)) return Value(tuple_of({self, make_complex(d, 0.0)}));
  return NotImplemented();
}

Value m_getnewargs(Value self, const Value*, size_t, Tuple*) {
  return Value(tuple_of({make_float(self.as<Complex>()->real), make_float(self.as<Complex>()->imag)}));
}


void register_complex() {
  Type& t = ComplexType;
  t.name = "complex";
  t.flags = kTypeBaseOk;
  t.instance_size = sizeof(Complex);
  t.repr = complex_repr;
  t.str = complex_str;
  t.hash = complex_hash;
  t.richcompare = complex_richcompare;
  t.getattr = complex_getattr;
  t.nonzero = complex_nonzero;
  t.nb[kNbAdd] = complex_add;
  t.nb[kNbSub] = complex_sub;
  t.nb[kNbMul] = complex_mul;
  t.nb[kNbDiv] = complex_div;
  t.nb[kNbTrueDiv] = complex_div;
  t.nb[kNbFloorDiv] = complex_floordiv;
  t.nb[kNbMod] = complex_mod;
  t.nb[kNbDivmod] = complex_divmod;
  t.nb[kNbPow] = complex_pow;
  t.nb_pow3 = complex_pow3;
  t.nb_neg = complex_neg;
  t.nb_pos = complex_pos;
  t.nb_abs = complex_abs;
  t.nb_int = complex_no_int;
  t.nb_long = complex_no_long;
  t.nb_float = complex_no_float;
  t.tp_new = complex_tp_new;
  type_ready(&t, {{"__coerce__", m_coerce},
                  {"__format__", number_format_dunder},
                  {"__getnewargs__", m_getnewargs},
                  {"conjugate", m_conjugate}});
  type_add_getsets(&t, {{"imag"}, {"real"}});
}
TypeRegistrar reg(register_complex);

}  // namespace

Value make_complex(double real, double imag) {
  Complex* c = new_atomic_object<Complex>(&ComplexType);
  c->real = real;
  c->imag = imag;
  return Value(c);
}

Value complex_from_literal(double imag) { return make_complex(0.0, imag); }

}  // namespace pytrans::rt
