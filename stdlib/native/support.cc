// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the native stdlib modules (see support.h).
#include "support.h"

#include <cmath>

#include "objects/bytearray.h"
#include "objects/memoryview.h"
#include "objects/unicode.h"

namespace pytrans::rt::stdlib {

void arg_count(const char* fname, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max) return;
  if (max == 0) raise_type_error("%s() takes no arguments (%zu given)", fname, nargs);
  size_t n = min == max ? min : (nargs < min ? min : max);
  const char* how = min == max ? "exactly" : (nargs < min ? "at least" : "at most");
  raise_type_error("%s() takes %s %zu argument%s (%zu given)", fname, how, n, n == 1 ? "" : "s", nargs);
}

uint32_t to_u32_mask(Value v) {
  if (is_float(v)) raise_type_error("integer argument expected, got float");
  if (is_int(v)) return static_cast<uint32_t>(int_value(v));
  if (!is_long(v)) raise_type_error("an integer is required");
  mpz_t low;
  mpz_init(low);
  mpz_fdiv_r_2exp(low, v.as<Long>()->z, 32);
  uint32_t r = static_cast<uint32_t>(mpz_get_ui(low));
  mpz_clear(low);
  return r;
}

std::string_view buffer_arg(Value v, const char* fname, int argno, bool writable_ok, std::string& scratch) {
  if (is_str(v)) return v.as<Str>()->view();
  if (is_unicode(v)) {
    Str* s = unicode_to_str(v.as<Unicode>());
    scratch.assign(s->view());
    return scratch;
  }
  if (writable_ok && is_bytearray(v)) {
    scratch.assign(v.as<ByteArray>()->view());
    return scratch;
  }
  if (view_bytes(v, &scratch)) return scratch;
  raise_type_error("%s() argument %d must be string or %sbuffer, not %s", fname, argno,
                   writable_ok ? "" : "read-only ", is_none(v) ? "None" : type_name(v));
}

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

// ---- structseq ----

#include <map>

namespace pytrans::rt::stdlib {
namespace {

struct SeqInfo {
  std::vector<const char*> fields;  // visible first, then hidden
  size_t visible;
};

std::map<Type*, SeqInfo>& seqinfo() {
  static auto* m = new std::map<Type*, SeqInfo>();
  return *m;
}

Value structseq_repr(Value self) {
  Type* t = type_of(self);
  while (seqinfo().find(t) == seqinfo().end() && t->base) t = t->base;
  const SeqInfo& info = seqinfo()[t];
  Tuple* tup = self.as<Tuple>();
  std::string s = t->name;
  s += "(";
  for (size_t i = 0; i < info.visible && static_cast<int64_t>(i) < tup->len; ++i) {
    if (i) s += ", ";
    s += info.fields[i];
    s += "=";
    s += repr(tup->items[i])->view();
  }
  s += ")";
  return str_val(s);
}

Value structseq_get(Value callee, const Value* args, size_t nargs, Tuple*) {
  check_nargs("structseq field", nargs, 1, 1);
  return args[0].as<Tuple>()->items[callee.small_int()];
}

Value structseq_tp_new(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->len) raise_type_error("structseq() takes at most 2 arguments");
  if (nargs < 1) raise_type_error("Required argument 'sequence' (pos 1) not found");
  return structseq_from(callee.as<Type>(), args[0]);
}

}  // namespace

void structseq_register(Type* t, const char* tp_name, std::initializer_list<const char*> fields,
                        std::initializer_list<const char*> hidden) {
  SeqInfo info;
  info.fields.assign(fields.begin(), fields.end());
  info.visible = info.fields.size();
  info.fields.insert(info.fields.end(), hidden.begin(), hidden.end());
  seqinfo()[t] = info;
  t->name = tp_name;
  t->base = &TupleType;
  t->flags = kTypeTupleSubclass;
  t->repr = structseq_repr;
  t->tp_new = structseq_tp_new;
  type_ready(t);
}

void structseq_install(Type* t) {
  const SeqInfo& info = seqinfo()[t];
  if (!dict_get_str(t->dict, str_intern(info.fields[0])).is_null()) return;
  for (size_t i = 0; i < info.fields.size(); ++i) {
    Value g(builtin_function_new(info.fields[i], structseq_get, small_int(static_cast<int64_t>(i))));
    dict_set(t->dict, Value(str_intern(info.fields[i])), call(Value(&PropertyType), g));
  }
  dict_set(t->dict, Value(str_intern("n_sequence_fields")), make_int(static_cast<int64_t>(info.visible)));
  dict_set(t->dict, Value(str_intern("n_fields")), make_int(static_cast<int64_t>(info.fields.size())));
}

Tuple* structseq_new(Type* t) {
  const SeqInfo& info = seqinfo()[t];
  Tuple* r = tuple_new(info.fields.size());
  for (size_t i = 0; i < info.fields.size(); ++i) r->items[i] = None();
  r->len = static_cast<int64_t>(info.visible);
  r->type = t;
  return r;
}

Value structseq_from(Type* t, Value seq) {
  const SeqInfo& info = seqinfo()[t];
  List* l = list_from_iterable(seq);
  int64_t vis = static_cast<int64_t>(info.visible), all = static_cast<int64_t>(info.fields.size());
  if (l->len < vis) {
    raise_type_error("%s() takes an at least %lld-sequence (%lld-sequence given)", t->name, (long long)vis,
                     (long long)l->len);
  }
  if (l->len > all)
    raise_type_error("%s() takes an at most %lld-sequence (%lld-sequence given)", t->name, (long long)all,
                     (long long)l->len);
  Tuple* r = structseq_new(t);
  for (int64_t i = 0; i < l->len; ++i) r->items[i] = l->items[i];
  return Value(r);
}

}  // namespace pytrans::rt::stdlib
