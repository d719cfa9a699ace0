// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the native stdlib modules (see support.h).
#include "support.h"

#include <cmath>

namespace pytrans::rt::stdlib {

void type_add_getter(Type* t, const char* name, CallFn getter, CallFn setter) {
  Value g(builtin_function_new(name, getter));
  Value prop = setter ? call(Value(&PropertyType), g, Value(builtin_function_new(name, setter)))
                      : call(Value(&PropertyType), g);
  dict_set(t->dict, Value(str_intern(name)), prop);
}

double to_double(Value v) {
  double d;
  if (as_double(v, &d)) return d;
  Type* t = type_of(v);
  if (!t->nb_float) raise_type_error("a float is required");
  Value r = t->nb_float(v);
  if (!is_float(r)) raise_type_error("nb_float should return float object");
  return r.as<Float>()->v;
}

int64_t to_i64(Value v) {
  if (is_int(v)) return int_value(v);
  if (is_long(v)) {
    if (!mpz_fits_slong_p(v.as<Long>()->z)) raise_overflow("Python int too large to convert to C long");
    return mpz_get_si(v.as<Long>()->z);
  }
  if (is_float(v)) raise_type_error("integer argument expected, got float");
  Type* t = type_of(v);
  if (t->nb_int) {
    Value r = t->nb_int(v);
    if (is_int(r) || is_long(r)) return to_i64(r);
  }
  raise_type_error("an integer is required");
}

Value kwarg(const char* fname, Tuple* kw, const Value* args, size_t nargs,
            std::initializer_list<const char*> allowed, const char* name) {
  if (!kw) return Value();
  Value found;
  for (int64_t i = 0; i < kw->len; ++i) {
    std::string_view n = kw->items[i].as<Str>()->view();
    bool ok = false;
    for (const char* a : allowed) ok |= n == a;
    if (!ok) raise_type_error("'%s' is an invalid keyword argument for %s()", kw->items[i].as<Str>()->data, fname);
    if (n == name) found = args[nargs + i];
  }
  return found;
}

}  // namespace pytrans::rt::stdlib
