// SPDX-License-Identifier: Apache-2.0
// int(x[, base]), long(x[, base]) and float(x) conversions: from numbers,
// from strings (internal/num_parse, 2.7's accepted syntax and messages), and
// from objects with __int__/__long__/__float__/__trunc__.
#include <cstring>
#include <string>

#include "core/ops.h"
#include "core/raise.h"
#include "objects/exceptions.h"
#include "internal/num_parse.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/long.h"
#include "objects/memoryview.h"
#include "objects/str.h"
#include "objects/str_common.h"
#include "objects/type.h"
#include "objects/unicode.h"

namespace pytrans::rt {

Value int_from_value(Value x, Value base) {
  if (is_unicode(x)) x = Value(unicode_encode_decimal(x.as<Unicode>()));
  std::string chars;
  if (base.is_null() && char_buffer_bytes(x, &chars)) x = Value(str_new(chars));
  if (!base.is_null()) {
    if (!is_str(x)) raise_type_error("int() can't convert non-string with explicit base");
    // 10L works; 16.0 and 2**64 fail as 2.7's do.
    if (is_long(base) && mpz_fits_slong_p(base.as<Long>()->z)) base = make_int(mpz_get_si(base.as<Long>()->z));
    int64_t b = strargs::ssize_arg(base);
    // parse_int checks the base itself, with 2.7's message and precedence.
    internal::ParseIntResult r = internal::parse_int(x.as<Str>()->view(),
                                                     static_cast<int>(b < -1000 ? -1000 : b > 1000 ? 1000 : b));
    if (r.kind == internal::ParseIntResult::Kind::kError) raise_value_error("%s", r.error.c_str());
    if (r.kind == internal::ParseIntResult::Kind::kSmall) return make_int(r.small);
    return long_from_mpz(r.big);
  }
  if (is_int(x)) return make_int(int_value(x));
  if (is_long(x)) return int_or_long_from_mpz(x.as<Long>()->z);
  if (is_str(x)) {
    internal::ParseIntResult r = internal::parse_int(x.as<Str>()->view(), 10, /*base_given=*/false);
    if (r.kind == internal::ParseIntResult::Kind::kError) raise_value_error("%s", r.error.c_str());
    if (r.kind == internal::ParseIntResult::Kind::kSmall) return make_int(r.small);
    return long_from_mpz(r.big);
  }
  Type* t = type_of(x);
  if (t->nb_int) {
    Value r = t->nb_int(x);
    if (!is_int(r) && !is_long(r)) raise_type_error("__int__ returned non-int (type %s)", type_name(r));
    return r;
  }
  Value trunc = type_lookup(t, str_intern("__trunc__"));
  if (!trunc.is_null()) return int_from_value(call(trunc, x), Value());
  raise_type_error("int() argument must be a string or a number, not '%s'", type_name(x));
}

Value float_from_value(Value x) {
  double d;
  if (is_unicode(x)) x = Value(unicode_encode_decimal(x.as<Unicode>()));
  std::string chars;
  if (char_buffer_bytes(x, &chars)) x = Value(str_new(chars));
  if (is_float(x) && type_of(x) == &FloatType) return x;
  if (is_int(x) || is_long(x) || is_float(x)) {
    as_double(x, &d);
    return make_float(d);
  }
  if (is_str(x)) {
    std::string_view s = x.as<Str>()->view();
    auto r = internal::parse_float(s);
    if (!r) raise_value_error("%s", internal::parse_float_error(s).c_str());
    return make_float(*r);
  }
  Type* t = type_of(x);
  if (t->nb_float) {
    Value r = t->nb_float(x);
    if (!is_float(r)) raise_type_error("__float__ returned non-float (type %s)", type_name(r));
    return r;
  }
  raise_type_error("float() argument must be a string or a number");
}

// 2.7's "l" argument format (PyInt_AsLong after a float check), used by
// xrange(), range(), chr() and friends: an exact long converts directly, any
// other object through __int__ (an __index__ alone is not enough).
int64_t as_c_long(Value v) {
  if (is_int(v)) return int_value(v);
  if (is_float(v)) raise_type_error("integer argument expected, got float");
  Value r = v;
  if (type_of(v) != &LongType) {
    Type* t = type_of(v);
    if (!t->nb_int) raise_type_error("an integer is required");
    r = t->nb_int(v);
    if (is_int(r)) return int_value(r);
    if (!is_long(r)) raise_type_error("__int__ method should return an integer");
  }
  if (!mpz_fits_slong_p(r.as<Long>()->z)) raise_overflow("Python int too large to convert to C long");
  return mpz_get_si(r.as<Long>()->z);
}

}  // namespace pytrans::rt
