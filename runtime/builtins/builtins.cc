// SPDX-License-Identifier: Apache-2.0
// The __builtin__ module: builtin functions (alphabetical) and the builtin
// types and exceptions bound to their names.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "core/frame.h"
#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "builtins/kwargs.h"
#include "objects/complex.h"
#include "internal/float_format.h"
#include "internal/int_format.h"
#include "objects/dict.h"
#include "objects/enumerate.h"
#include "objects/exceptions.h"
#include "objects/file.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/long.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode.h"
#include "objects/type.h"

namespace pytrans::rt {

namespace {

Module* g_builtins;
}  // namespace
extern Type SuperType;
namespace {

// Keyword lookup for builtins taking a few named options (sorted, max...).
Value kwarg(Tuple* kw, const Value* args, size_t nargs, const char* name) {
  if (!kw) return Value();
  for (int64_t i = 0; i < kw->len; ++i)
    if (kw->items[i].as<Str>()->view() == name) return args[nargs + i];
  return Value();
}

void check_kwargs_allowed(const char* fname, Tuple* kw, std::initializer_list<const char*> allowed) {
  if (!kw) return;
  for (int64_t i = 0; i < kw->len; ++i) {
    std::string_view n = kw->items[i].as<Str>()->view();
    bool ok = false;
    for (const char* a : allowed) ok |= n == a;
    if (!ok) raise_type_error("'%s' is an invalid keyword argument for %s()", kw->items[i].as<Str>()->data, fname);
  }
}

Value b_abs(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("abs", kw);
  check_nargs("abs", nargs, 1, 1);
  Value x = args[0];
  if (x.is_small_int()) return make_int(std::llabs(x.small_int()));
  Type* t = type_of(x);
  if (!t->nb_abs) raise_type_error("bad operand type for abs(): '%s'", type_name(x));
  return t->nb_abs(x);
}

Value b_all(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("all", kw);
  check_nargs("all", nargs, 1, 1);
  Value it = iter(args[0]);
  for (Value x = next(it); !x.is_null(); x = next(it))
    if (!truth(x)) return False();
  return True();
}

Value b_any(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("any", kw);
  check_nargs("any", nargs, 1, 1);
  Value it = iter(args[0]);
  for (Value x = next(it); !x.is_null(); x = next(it))
    if (truth(x)) return True();
  return False();
}

Value b_bin(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("bin", kw);
  check_nargs("bin", nargs, 1, 1);
  Value x = index_value_opt(args[0]);
  if (x.is_null()) raise_type_error("'%s' object cannot be interpreted as an index", type_name(args[0]));
  if (is_int(x)) return Value(str_new(internal::int_bin(int_value(x))));
  return Value(str_new(internal::long_bin(x.as<Long>()->z)));
}

Value b_callable(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("callable", kw);
  check_nargs("callable", nargs, 1, 1);
  // An old-style instance is callable when it has a __call__ attribute.
  if (type_of(args[0]) == &InstanceType) return from_bool(!getattr_opt(args[0], str_intern("__call__")).is_null());
  return from_bool(type_of(args[0])->call != nullptr);
}

Value b_chr(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("chr", kw);
  if (nargs != 1) raise_type_error("chr() takes exactly 1 argument (%zu given)", nargs);
  int64_t c = as_c_long(args[0]);
  if (c < 0 || c > 255) raise_value_error("chr() arg not in range(256)");
  return Value(str_from_char(static_cast<unsigned char>(c)));
}

Value b_cmp(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("cmp", kw);
  if (nargs != 2) raise_type_error("cmp expected 2 arguments, got %zu", nargs);
  return small_int(cmp3(args[0], args[1]));
}

// An attribute name argument: a str, or a unicode encoded with the default
// encoding (ascii), as 2.7 does; bad_type is the message for anything else.
Str* attr_name(Value v, const char* bad_type) {
  if (is_str(v)) return v.as<Str>();
  if (is_unicode(v)) return unicode_to_str(v.as<Unicode>());
  raise_type_error(bad_type, type_name(v));
}

Value b_delattr(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("delattr", kw);
  if (nargs != 2) raise_type_error("delattr expected 2 arguments, got %zu", nargs);
  delattr(args[0], attr_name(args[1], "attribute name must be string, not '%s'"));
  return None();
}

Value b_divmod(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("divmod", kw);
  if (nargs != 2) raise_type_error("divmod expected 2 arguments, got %zu", nargs);
  return binary_op(args[0], args[1], kNbDivmod);
}

Value b_getattr(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("getattr", kw);
  if (nargs < 2) raise_type_error("getattr expected at least 2 arguments, got %zu", nargs);
  if (nargs > 3) raise_type_error("getattr expected at most 3 arguments, got %zu", nargs);
  Str* name = attr_name(args[1], "getattr(): attribute name must be string");
  if (nargs == 3) {
    Value v = getattr_opt(args[0], name);
    return v.is_null() ? args[2] : v;
  }
  return getattr(args[0], name);
}

Value b_hasattr(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("hasattr", kw);
  if (nargs != 2) raise_type_error("hasattr expected 2 arguments, got %zu", nargs);
  Str* name = attr_name(args[1], "hasattr(): attribute name must be string");
  // 2.7's hasattr swallows every Exception (not just AttributeError).
  try {
    Value v = getattr_opt(args[0], name);
    return from_bool(!v.is_null());
  } catch (PyException& e) {
    Value exc = e.exc;
    if (exception_matches(exc, Value(&ExceptionType))) return False();
    throw;
  }
}

Value b_hash(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("hash", kw);
  check_nargs("hash", nargs, 1, 1);
  return make_int(hash(args[0]));
}

Value b_hex(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("hex", kw);
  check_nargs("hex", nargs, 1, 1);
  Value x = args[0];
  if (is_int(x)) return Value(str_new(internal::int_hex(int_value(x))));
  if (is_long(x)) return Value(str_new(internal::long_hex(x.as<Long>()->z)));
  Type* t = type_of(x);
  if (!t->nb_hex) raise_type_error("hex() argument can't be converted to hex");
  Value r = t->nb_hex(x);
  if (!is_str(r)) raise_type_error("__hex__ returned non-string (type %s)", type_name(r));
  return r;
}

Value b_id(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("id", kw);
  check_nargs("id", nargs, 1, 1);
  return make_int(static_cast<int64_t>(args[0].bits));
}

// A class-like second argument of isinstance/issubclass: a type, an old-style
// class, an object with a __bases__ tuple, or a (nested) tuple of those.
bool class_like(Value cls) {
  if (is_type(cls)) return true;
  if (!cls.is_small_int() && cls.obj()->type == &ClassObjType) return true;
  if (is_tuple(cls)) {
    Tuple* t = cls.as<Tuple>();
    for (int64_t i = 0; i < t->len; ++i)
      if (!class_like(t->items[i])) return false;
    return true;
  }
  Value b = getattr_opt(cls, str_intern("__bases__"));
  return !b.is_null() && is_tuple(b);
}

// __instancecheck__ / __subclasscheck__ of a metaclass written in Python
// (abc.ABCMeta and the like), bound to cls; null for other classes.
Value meta_hook(Value cls, const char* name) {
  if (cls.is_small_int()) return Value();
  Type* meta = type_of(cls);
  if (!(meta->flags & kTypeHeap)) return Value();
  Value f = type_lookup(meta, str_intern(name));
  if (f.is_null()) return Value();
  Type* ft = type_of(f);
  return ft->descr_get ? ft->descr_get(f, cls, Value(meta)) : f;
}

bool instance_of(Value obj, Value cls) {
  if (type_of(obj) == static_cast<Type*>(cls.obj())) return true;  // exact type: no hook is asked
  if (is_tuple(cls)) {
    Tuple* t = cls.as<Tuple>();
    for (int64_t i = 0; i < t->len; ++i)
      if (instance_of(obj, t->items[i])) return true;
    return false;
  }
  Value hook = meta_hook(cls, "__instancecheck__");
  if (!hook.is_null()) return truth(call(hook, obj));
  if (isinstance(obj, cls)) return true;
  if (!class_like(cls)) raise_type_error("isinstance() arg 2 must be a class, type, or tuple of classes and types");
  return false;
}

Value b_isinstance(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("isinstance", kw);
  if (nargs != 2) raise_type_error("isinstance expected 2 arguments, got %zu", nargs);
  if (args[1].is_small_int()) raise_type_error("isinstance() arg 2 must be a class, type, or tuple of classes and types");
  return from_bool(instance_of(args[0], args[1]));
}

bool subclass_of(Value c, Value cls) {
  if (is_tuple(cls)) {
    Tuple* t = cls.as<Tuple>();
    for (int64_t i = 0; i < t->len; ++i)
      if (subclass_of(c, t->items[i])) return true;
    return false;
  }
  Value hook = meta_hook(cls, "__subclasscheck__");
  if (!hook.is_null()) return truth(call(hook, c));
  if (is_type(c) && is_type(cls)) return is_subtype(c.as<Type>(), cls.as<Type>());
  if (is_type(c) && !cls.is_small_int() && cls.obj()->type == &ClassObjType) {
    Tuple* mro = c.as<Type>()->mro;  // old-style bases of a new-style class are in its __mro__
    for (int64_t i = 0; mro && i < mro->len; ++i)
      if (mro->items[i].bits == cls.bits) return true;
    return false;
  }
  if (!c.is_small_int() && c.obj()->type == &ClassObjType && !cls.is_small_int() && cls.obj()->type == &ClassObjType) {
    std::vector<ClassObj*> stack{c.as<ClassObj>()};
    while (!stack.empty()) {
      ClassObj* k = stack.back();
      stack.pop_back();
      if (k == cls.as<ClassObj>()) return true;
      for (int64_t i = 0; i < k->bases->len; ++i) stack.push_back(k->bases->items[i].as<ClassObj>());
    }
    return false;
  }
  if (!is_type(c) && (c.is_small_int() || c.obj()->type != &ClassObjType))
    raise_type_error("issubclass() arg 1 must be a class");
  if (!class_like(cls)) raise_type_error("issubclass() arg 2 must be a class or tuple of classes");
  return false;
}

Value b_issubclass(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("issubclass", kw);
  if (nargs != 2) raise_type_error("issubclass expected 2 arguments, got %zu", nargs);
  return from_bool(subclass_of(args[0], args[1]));
}

Value b_iter(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("iter", kw);
  if (nargs < 1 || nargs > 2) raise_type_error("iter expected at %s, got %zu", nargs < 1 ? "least 1 arguments" : "most 2 arguments", nargs);
  if (nargs == 2) {
    if (!type_of(args[0])->call) raise_type_error("iter(v, w): v must be callable");
    return calliter_new(args[0], args[1]);
  }
  return iter(args[0]);
}

Value b_len(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("len", kw);
  check_nargs("len", nargs, 1, 1);
  return make_int(len(args[0]));
}

Value minmax(const Value* args, size_t nargs, Tuple* kw, const char* name, CompareOp op) {
  if (kw)
    for (int64_t i = 0; i < kw->len; ++i)
      if (kw->items[i].as<Str>()->view() != "key") raise_type_error("%s() got an unexpected keyword argument", name);
  Value key = kwarg(kw, args, nargs, "key");
  if (nargs == 0) raise_type_error("%s expected 1 arguments, got 0", name);
  Value it = nargs == 1 ? iter(args[0]) : iter(Value(tuple_from(args, nargs)));
  Value best, bestkey;
  for (Value x = next(it); !x.is_null(); x = next(it)) {
    Value k = key.is_null() ? x : call(key, x);
    if (best.is_null() || compare_bool(k, bestkey, op)) {
      best = x;
      bestkey = k;
    }
  }
  if (best.is_null()) raise_value_error("%s() arg is an empty sequence", name);
  return best;
}

Value b_max(Value, const Value* args, size_t nargs, Tuple* kw) { return minmax(args, nargs, kw, "max", kGt); }
Value b_min(Value, const Value* args, size_t nargs, Tuple* kw) { return minmax(args, nargs, kw, "min", kLt); }

Value b_next(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("next", kw);
  if (nargs < 1 || nargs > 2) raise_type_error("next expected at %s, got %zu", nargs < 1 ? "least 1 arguments" : "most 2 arguments", nargs);
  Type* t = type_of(args[0]);
  if (!t->iternext) raise_type_error("%s object is not an iterator", type_name(args[0]));
  if ((t->flags & kTypeHeap) || t == &InstanceType) {
    // A Python next() method: its own StopIteration (with its message) is
    // what next() raises.
    try {
      return call_method(args[0], str_intern("next"));
    } catch (PyException& e) {
      Value exc = e.exc;
      if (nargs == 2 && exception_matches(exc, Value(&StopIterationType))) return args[1];
      throw;
    }
  }
  Value v = t->iternext(args[0]);
  if (v.is_null()) {
    if (nargs == 2) return args[1];
    raise_stop_iteration();
  }
  return v;
}

Value b_oct(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("oct", kw);
  check_nargs("oct", nargs, 1, 1);
  Value x = args[0];
  if (is_int(x)) return Value(str_new(internal::int_oct(int_value(x))));
  if (is_long(x)) return Value(str_new(internal::long_oct(x.as<Long>()->z)));
  Type* t = type_of(x);
  if (!t->nb_oct) raise_type_error("oct() argument can't be converted to oct");
  Value r = t->nb_oct(x);
  if (!is_str(r)) raise_type_error("__oct__ returned non-string (type %s)", type_name(r));
  return r;
}

Value b_ord(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("ord", kw);
  check_nargs("ord", nargs, 1, 1);
  if (!is_str(args[0])) raise_type_error("ord() expected string of length 1, but %s found", type_name(args[0]));
  Str* s = args[0].as<Str>();
  if (s->len != 1) raise_type_error("ord() expected a character, but string of length %lld found", static_cast<long long>(s->len));
  return small_int(static_cast<unsigned char>(s->data[0]));
}

Value b_pow(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("pow", kw);
  if (nargs < 2 || nargs > 3) raise_type_error("pow expected at %s, got %zu", nargs < 2 ? "least 2 arguments" : "most 3 arguments", nargs);
  if (nargs == 2 || is_none(args[2])) return power(args[0], args[1]);
  // 2.7's ternary_op: the slot of each distinct argument type in turn.
  Type* ts[3] = {type_of(args[0]), type_of(args[1]), type_of(args[2])};
  for (int i = 0; i < 3; ++i) {
    if (!ts[i]->nb_pow3 || (i > 0 && ts[i] == ts[0]) || (i > 1 && ts[i] == ts[1])) continue;
    Value r = ts[i]->nb_pow3(args[0], args[1], args[2]);
    if (r != NotImplemented()) return r;
  }
  raise_type_error("unsupported operand type(s) for pow(): '%s', '%s', '%s'", type_name(args[0]), type_name(args[1]),
                   type_name(args[2]));
}

// ---- range ----
// 2.7 first reads C long arguments; when that fails for any reason it starts
// again on the slow path (handle_range_longs), which takes ints and longs of
// any size, or an __int__ of other objects, and makes a list of longs.

// An argument of the slow path (2.7's get_range_long_argument).
Value range_long_arg(Value v, const char* which) {
  if (is_int(v) || is_long(v)) return v;
  Type* t = type_of(v);
  if (is_float(v) || !t->nb_int)
    raise_type_error("range() integer %s argument expected, got %s.", which, type_name(v));
  Value r = t->nb_int(v);
  if (!is_int(r) && !is_long(r)) raise_type_error("__int__ should return int object");
  return r;
}

List* range_list(int64_t count) {
  // 2.7 asks malloc for 8 bytes an item; it fails long before this bound.
  if (count > (int64_t(1) << 40)) raise_memory_error();
  return list_new(count);
}

Value range_longs(const Value* args, size_t nargs) {
  if (nargs < 1) raise_type_error("range expected at least 1 arguments, got 0");
  if (nargs > 3) raise_type_error("range expected at most 3 arguments, got %zu", nargs);
  // The end is converted first, then the start, then the step.
  Value hi = range_long_arg(nargs == 1 ? args[0] : args[1], "end");
  Value lo = nargs == 1 ? small_int(0) : range_long_arg(args[0], "start");
  Value st = nargs == 3 ? range_long_arg(args[2], "step") : small_int(1);
  mpz_t low, high, step, n, t;
  mpz_inits(low, high, step, n, t, nullptr);
  to_mpz(lo, low);
  to_mpz(hi, high);
  to_mpz(st, step);
  if (mpz_sgn(step) == 0) raise_value_error("range() step argument must not be zero");
  int cmp = mpz_cmp(low, high);
  if ((mpz_sgn(step) > 0 && cmp < 0) || (mpz_sgn(step) < 0 && cmp > 0)) {
    mpz_sub(t, high, low);
    if (mpz_sgn(step) > 0) mpz_sub_ui(t, t, 1);
    else mpz_add_ui(t, t, 1);
    mpz_tdiv_q(n, t, step);
    mpz_add_ui(n, n, 1);
  }
  if (!mpz_fits_slong_p(n)) raise_overflow("range() result has too many items");
  int64_t count = mpz_get_si(n);
  List* l = range_list(count);
  for (int64_t i = 0; i < count; ++i) {
    l->items[i] = long_from_mpz(low);  // every item is a long, even small ones
    mpz_add(low, low, step);
  }
  return Value(l);
}

Value b_range(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("range", kw);
  int64_t start = 0, stop = 0, step = 1;
  try {
    if (nargs < 1 || nargs > 3) return range_longs(args, nargs);
    if (nargs == 1) {
      stop = as_c_long(args[0]);
    } else {
      start = as_c_long(args[0]);
      stop = as_c_long(args[1]);
      if (nargs == 3) step = as_c_long(args[2]);
    }
  } catch (PyException&) {
    return range_longs(args, nargs);
  }
  if (step == 0) raise_value_error("range() step argument must not be zero");
  uint64_t n = range_length(start, stop, step);
  if (n > static_cast<uint64_t>(INT64_MAX)) raise_overflow("range() result has too many items");
  List* l = range_list(static_cast<int64_t>(n));
  uint64_t x = static_cast<uint64_t>(start);  // unsigned: i * step may pass INT64_MAX
  for (int64_t i = 0; i < static_cast<int64_t>(n); ++i, x += static_cast<uint64_t>(step))
    l->items[i] = make_int(static_cast<int64_t>(x));
  return Value(l);
}

Value b_repr(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("repr", kw);
  check_nargs("repr", nargs, 1, 1);
  return Value(repr(args[0]));
}

// 2.7's "d" argument format (PyFloat_AsDouble): numbers, or __float__.
double as_c_double(Value v) {
  double d;
  if (as_double(v, &d)) return d;
  Type* t = type_of(v);
  if (!t->nb_float) raise_type_error("a float is required");
  Value r = t->nb_float(v);
  if (!is_float(r)) raise_type_error("nb_float should return float object");
  return r.as<Float>()->v;
}

// round(number[, ndigits]): ndigits is an index, clipped when it is huge.
Value b_round(Value, const Value* args, size_t nargs, Tuple* kw) {
  internal::KwArgs p("round", args, nargs, kw, {"number", "ndigits"}, 1);
  double x = as_c_double(p.get(0));
  Value nd = p.get(1);
  p.finish();
  int64_t ndigits = 0;
  if (!nd.is_null()) {
    Value i = index_value_opt(nd);
    if (i.is_null()) raise_type_error("'%s' object cannot be interpreted as an index", type_name(nd));
    ndigits = is_int(i) ? int_value(i) : (mpz_sgn(i.as<Long>()->z) < 0 ? INT64_MIN : INT64_MAX);
  }
  bool overflow = false;
  double r = internal::float_round(x, static_cast<int>(std::clamp<int64_t>(ndigits, -10000, 10000)), overflow);
  if (overflow) raise_overflow("rounded value too large to represent");
  return make_float(r);
}

Value b_setattr(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("setattr", kw);
  if (nargs != 3) raise_type_error("setattr expected 3 arguments, got %zu", nargs);
  setattr(args[0], attr_name(args[1], "attribute name must be string, not '%s'"), args[2]);
  return None();
}

// sorted(iterable, cmp=None, key=None, reverse=False): 2.7 parses the
// arguments itself ("O|OOi"), then hands the rest to list.sort, keywords
// included, so sorted(iterable=x) fails there.
Value b_sorted(Value, const Value* args, size_t nargs, Tuple* kw) {
  internal::KwArgs p("sorted", args, nargs, kw, {"iterable", "cmp", "key", "reverse"}, 1);
  Value seq = p.get(0);
  Value cmpfn = p.get(1);
  Value keyfn = p.get(2);
  Value rev = p.get(3);
  bool reverse = false;
  if (!rev.is_null()) {
    int64_t r = as_c_long(rev);
    if (r > INT32_MAX) raise_overflow("signed integer is greater than maximum");
    if (r < INT32_MIN) raise_overflow("signed integer is less than minimum");
    reverse = r != 0;
  }
  p.finish();
  List* l = list_from_iterable(seq);
  if (nargs < 1) raise_type_error("'iterable' is an invalid keyword argument for this function");
  RecursionGuard sort_call(1, kWhileCalling);  // 2.7 calls list.sort through PyObject_Call (core/frame.h)
  list_sort(l, cmpfn, keyfn, reverse);
  return Value(l);
}

Value b_sum(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("sum", kw);
  if (nargs < 1 || nargs > 2) raise_type_error("sum expected at %s, got %zu", nargs < 1 ? "least 1 arguments" : "most 2 arguments", nargs);
  Value acc = nargs == 2 ? args[1] : small_int(0);
  if (is_str(acc) || is_unicode(acc)) raise_type_error("sum() can't sum strings [use ''.join(seq) instead]");
  Value it = iter(args[0]);
  for (Value x = next(it); !x.is_null(); x = next(it)) acc = add(acc, x);
  return acc;
}

// iter(v) for zip() and map(): failures name the argument instead.
Value iter_arg(Value v, size_t pos, const char* builtin) {
  try {
    return iter(v);
  } catch (PyException& e) {
    Value exc = e.exc;
    // zip only rewords a TypeError; map replaces any error (2.7's builtin_map).
    if (builtin[0] == 'z' && !exception_matches(exc, Value(&TypeErrorType))) throw;
    if (builtin[0] == 'z') raise_type_error("zip argument #%zu must support iteration", pos);
    raise_type_error("argument %zu to map() must support iteration", pos);
  }
}

Value b_zip(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("zip", kw);
  List* out = list_new();
  if (nargs == 0) return Value(out);
  std::vector<Value> its;
  for (size_t i = 0; i < nargs; ++i) its.push_back(iter_arg(args[i], i + 1, "zip"));
  for (;;) {
    Tuple* t = tuple_new(nargs);
    for (size_t i = 0; i < nargs; ++i) {
      Value x = next(its[i]);
      if (x.is_null()) return Value(out);
      t->items[i] = x;
    }
    list_append(out, Value(t));
  }
}

// map(f, *seqs): None as f makes tuples (or a plain list of one sequence);
// shorter sequences are padded with None.
Value b_map(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("map", kw);
  if (nargs < 2) raise_type_error("map() requires at least two args");
  Value fn = args[0];
  if (nargs == 2 && is_none(fn)) return Value(list_from_iterable(args[1]));
  List* out = list_new();
  std::vector<Value> its;
  for (size_t i = 1; i < nargs; ++i) its.push_back(iter_arg(args[i], i + 1, "map"));
  if (nargs == 2) {
    for (Value x = next(its[0]); !x.is_null(); x = next(its[0])) {
      CCallGuard levels(fn);
      list_append(out, call(fn, x));
    }
    return Value(out);
  }
  for (;;) {
    bool any = false;
    std::vector<Value> row;
    for (Value& it : its) {
      Value x = it.is_null() ? Value() : next(it);
      if (x.is_null()) {
        it = Value();
        row.push_back(None());
      } else {
        any = true;
        row.push_back(x);
      }
    }
    if (!any) return Value(out);
    if (is_none(fn)) {
      list_append(out, Value(tuple_from(row.data(), row.size())));
      continue;
    }
    CCallGuard levels(fn);
    list_append(out, call_v(fn, row.data(), row.size()));
  }
}

// filter() keeps the type of a str, unicode or tuple argument (2.7's
// filterstring/filtertuple); those walk the sequence by index, so a
// subclass's __getitem__ is honoured. Anything else gives a list.
Value b_filter(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("filter", kw);
  if (nargs != 2) raise_type_error("filter expected 2 arguments, got %zu", nargs);
  Value fn = args[0];
  Value seq = args[1];
  bool no_call = is_none(fn) || fn == Value(&BoolType);
  auto keep = [&](Value x) {
    if (no_call) return truth(x);
    CCallGuard levels(fn);
    return truth(call(fn, x));
  };
  if (is_str(seq)) {
    // Every character is true, so filter(None, s) is s itself.
    if (is_none(fn) && type_of(seq) == &StrType) return seq;
    int64_t n = len(seq);
    std::string out;
    for (int64_t i = 0; i < n; ++i) {
      Value x = getitem(seq, make_int(i));
      if (!is_none(fn) && !keep(x)) continue;
      if (!is_str(x)) raise_type_error("can't filter str to str: __getitem__ returned different type");
      out += x.as<Str>()->view();
    }
    return Value(str_new(out));
  }
  if (is_unicode(seq)) {
    if (is_none(fn) && type_of(seq) == &UnicodeType) return seq;
    int64_t n = len(seq);
    std::u32string out;
    for (int64_t i = 0; i < n; ++i) {
      Value x = getitem(seq, make_int(i));
      if (!is_none(fn) && !keep(x)) continue;
      if (!is_unicode(x)) raise_type_error("can't filter unicode to unicode: __getitem__ returned different type");
      out += x.as<Unicode>()->view();
    }
    return Value(unicode_new(out));
  }
  if (is_tuple(seq)) {
    int64_t n = len(seq);
    if (n == 0 && type_of(seq) == &TupleType) return seq;
    List* out = list_new();
    for (int64_t i = 0; i < n; ++i) {
      Value x = getitem(seq, make_int(i));
      if (keep(x)) list_append(out, x);
    }
    return Value(tuple_from(out->items, out->len));
  }
  List* out = list_new();
  Value it = iter(seq);
  for (Value x = next(it); !x.is_null(); x = next(it))
    if (keep(x)) list_append(out, x);
  return Value(out);
}

Value b_reduce(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("reduce", kw);
  if (nargs < 2 || nargs > 3) raise_type_error("reduce expected at %s, got %zu", nargs < 2 ? "least 2 arguments" : "most 3 arguments", nargs);
  Value it;
  try {
    it = iter(args[1]);
  } catch (PyException&) {
    raise_type_error("reduce() arg 2 must support iteration");  // whatever went wrong, as 2.7
  }
  Value acc = nargs == 3 ? args[2] : next(it);
  if (acc.is_null()) raise_type_error("reduce() of empty sequence with no initial value");
  for (Value x = next(it); !x.is_null(); x = next(it)) {
    CCallGuard levels(args[0]);
    acc = call(args[0], acc, x);
  }
  return acc;
}

Value b_raw_input(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("raw_input", kw);
  // 2.7 shares the argument check with input(), under this name.
  if (nargs > 1) raise_type_error("[raw_]input expected at most 1 arguments, got %zu", nargs);
  return file_raw_input(args, nargs);
}

Value b_globals_unsupported(Value, const Value*, size_t, Tuple*) {
  raise_not_implemented("globals() called indirectly");
}

struct BuiltinDef {
  const char* name;
  CallFn fn;
};

const BuiltinDef kBuiltins[] = {
    {"abs", b_abs}, {"all", b_all}, {"any", b_any}, {"bin", b_bin}, {"callable", b_callable},
    {"chr", b_chr}, {"cmp", b_cmp}, {"delattr", b_delattr}, {"divmod", b_divmod}, {"filter", b_filter},
    {"getattr", b_getattr}, {"hasattr", b_hasattr}, {"hash", b_hash}, {"hex", b_hex}, {"id", b_id},
    {"isinstance", b_isinstance}, {"issubclass", b_issubclass}, {"iter", b_iter}, {"len", b_len},
    {"map", b_map}, {"max", b_max}, {"min", b_min}, {"next", b_next}, {"oct", b_oct}, {"ord", builtin_ord},
    {"pow", b_pow}, {"range", b_range}, {"raw_input", b_raw_input}, {"reduce", b_reduce}, {"repr", b_repr}, {"round", b_round},
    {"setattr", b_setattr}, {"sorted", b_sorted}, {"sum", b_sum}, {"zip", b_zip},
    {"format", builtin_format}, {"open", builtin_open}, {"unichr", builtin_unichr},
};

}  // namespace

Module* builtins_module() { return g_builtins; }

void builtins_misc_init(Dict* d);  // builtins_misc.cc

void builtins_init() {
  g_builtins = module_new(str_intern("__builtin__"));
  Dict* d = g_builtins->dict;
  for (const BuiltinDef& b : kBuiltins)
    dict_set(d, Value(str_intern(b.name)), Value(builtin_function_new(b.name, b.fn)));
  struct TypeName { const char* name; Type* type; };
  const TypeName types[] = {
      {"bool", &BoolType}, {"dict", &DictType}, {"file", &FileType}, {"float", &FloatType},
      {"int", &IntType}, {"list", &ListType}, {"long", &LongType}, {"object", &ObjectType},
      {"slice", &SliceType}, {"str", &StrType}, {"tuple", &TupleType},
      {"unicode", &UnicodeType}, {"basestring", &BaseStringType},
      {"type", &TypeType}, {"xrange", &XRangeType}, {"staticmethod", &StaticMethodType},
      {"classmethod", &ClassMethodType}, {"property", &PropertyType}, {"super", &SuperType}, {"set", &SetType}, {"frozenset", &FrozenSetType}, {"complex", &ComplexType},
  };
  for (const TypeName& t : types) dict_set(d, Value(str_intern(t.name)), Value(t.type));
#define PYTRANS_BIND_EXC(name, base) dict_set(d, Value(str_intern(#name)), Value(&name##Type));
  PYTRANS_EXCEPTIONS(PYTRANS_BIND_EXC)
#undef PYTRANS_BIND_EXC
  dict_set(d, Value(str_intern("None")), None());
  dict_set(d, Value(str_intern("True")), True());
  dict_set(d, Value(str_intern("False")), False());
  dict_set(d, Value(str_intern("NotImplemented")), NotImplemented());
  dict_set(d, Value(str_intern("Ellipsis")), Ellipsis());
  builtins_misc_init(d);
  dict_set(sys_modules(), Value(str_intern("__builtin__")), Value(g_builtins));
}

}  // namespace pytrans::rt
