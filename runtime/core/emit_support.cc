// SPDX-License-Identifier: Apache-2.0
// Small runtime entry points used only by generated code.
#include <gmp.h>

#include <cstdio>
#include <cstring>
#include <string>

#include "core/frame.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/long.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "pytrans.h"

namespace pytrans::rt {

Value long_from_literal(const char* digits) {
  Long* l = long_new();
  mpz_set_str(l->z, digits, 10);
  return Value(l);
}


Value load_global_slow(Dict* globals, Str* name) {
  Value v = dict_get_str(globals, name);
  if (!v.is_null()) return v;
  v = dict_get_str(builtins_module()->dict, name);
  if (!v.is_null()) return v;
  raise_name_error(name, true);
}

Value load_name_module(Dict* globals, Str* name) {
  Value v = dict_get_str(globals, name);
  if (!v.is_null()) return v;
  v = dict_get_str(builtins_module()->dict, name);
  if (!v.is_null()) return v;
  raise_name_error(name, false);
}

void unpack_to(Value seq, Value* out, size_t n) {
  if (is_tuple(seq) || is_list(seq)) {
    int64_t len = is_tuple(seq) ? seq.as<Tuple>()->len : seq.as<List>()->len;
    const Value* items = is_tuple(seq) ? seq.as<Tuple>()->items : seq.as<List>()->items;
    if (len == static_cast<int64_t>(n)) {
      for (size_t i = 0; i < n; ++i) out[i] = items[i];
      return;
    }
    if (len > static_cast<int64_t>(n)) raise_value_error("too many values to unpack");
    raise_value_error("need more than %lld value%s to unpack", static_cast<long long>(len), len == 1 ? "" : "s");
  }
  Type* t = type_of(seq);
  if (!t->iter && !t->getitem) raise_type_error("'%s' object is not iterable", type_name(seq));
  Value it = iter(seq);
  size_t i = 0;
  for (; i < n; ++i) {
    Value x = next(it);
    if (x.is_null())
      raise_value_error("need more than %zu value%s to unpack", i, i == 1 ? "" : "s");
    out[i] = x;
  }
  if (!next(it).is_null()) raise_value_error("too many values to unpack");
}

Value make_function(CallFn entry, const CodeInfo* code, Dict* globals, const Value* defaults, size_t ndefaults,
                    Tuple* closure, Value doc) {
  Tuple* d = ndefaults ? tuple_from(defaults, ndefaults) : nullptr;
  return Value(function_new(entry, code, globals, d, closure, doc));
}

void set_exc_info(Value exc, Value tb) {
  ThreadState* t = ts();
  t->exc_type = Value(type_of(exc));
  if (type_of(exc) == &InstanceType) t->exc_type = Value(exc.as<Instance>()->klass);
  t->exc_value = exc;
  t->exc_tb = tb;
}

[[noreturn]] void assert_fail(Value msg) {
  if (msg.is_null()) raise(exc_new(&AssertionErrorType, nullptr, 0));
  raise(exc_new(&AssertionErrorType, &msg, 1));
}

}  // namespace pytrans::rt

namespace pytrans::rt {

void reraise_current() {
  ThreadState* t = ts();
  if (t->exc_value.is_null())
    raise_type_error("exceptions must be old-style classes or derived from BaseException, not NoneType");
  reraise(t->exc_value, t->exc_tb);
}

void rethrow(const PyException& e) {
  ThreadState* t = ts();
  t->raising = e.exc;
  t->raising_tb = e.tb;
  throw PyException(e);
}

Value load_class_name(Dict* ns, Dict* globals, Str* name) {
  Value v = dict_get_str(ns, name);
  if (!v.is_null()) return v;
  return load_name_module(globals, name);
}

Value range_loop_bounds(bool xrange, Value a, Value b, int64_t* lo, int64_t* hi) {
  if (a.is_small_int() && (b.is_null() || b.is_small_int())) {
    *lo = b.is_null() ? 0 : a.small_int();
    *hi = b.is_null() ? a.small_int() : b.small_int();
    return Value();
  }
  // Anything else: the builtin's own result (or exception).
  Value fn = load_global_slow(builtins_module()->dict, str_intern(xrange ? "xrange" : "range"));
  Value r = b.is_null() ? call(fn, a) : call(fn, a, b);
  if (xrange) {
    XRange* x = r.as<XRange>();
    *lo = x->start;
    *hi = x->start + x->len;
    return Value();
  }
  List* l = r.as<List>();
  *lo = 0;
  *hi = l->len;
  if (l->len == 0 || is_int(l->items[0])) {
    // Ints: the list was start, start+1, ...
    if (l->len) {
      *lo = int_value(l->items[0]);
      *hi = *lo + l->len;
    }
    return Value();
  }
  return r;
}

Value with_exit(Value mgr) {
  Value f = getattr_opt(mgr, str_intern("__exit__"));
  if (f.is_null()) raise_fmt(&AttributeErrorType, "__exit__");
  return f;
}

Value with_enter(Value mgr) {
  Value f = getattr_opt(mgr, str_intern("__enter__"));
  if (f.is_null()) raise_fmt(&AttributeErrorType, "__enter__");
  return call(f);
}

Value exc_type_of(Value exc) {
  if (type_of(exc) == &InstanceType) return Value(exc.as<Instance>()->klass);
  return Value(type_of(exc));
}

void raise_free_unbound(const char* name) {
  raise_fmt(&NameErrorType, "free variable '%s' referenced before assignment in enclosing scope", name);
}

}  // namespace pytrans::rt

namespace pytrans::rt {

void write_stderr(const char* data, size_t len) {
  std::fflush(stdout);
  std::fwrite(data, 1, len, stderr);
  std::fflush(stderr);
}

}  // namespace pytrans::rt

namespace pytrans::rt {

Value dir_of_namespace(Value ns) {
  List* keys = list_new();
  int64_t pos = 0;
  Value k;
  while (dict_next(ns.as<Dict>(), &pos, &k, nullptr)) list_append(keys, k);
  list_sort(keys, Value(), Value(), false);
  return Value(keys);
}

}  // namespace pytrans::rt

namespace pytrans::rt {

Value build_class_in(Str* name, Tuple* bases, Dict* ns, Dict* globals) {
  // 2.7: a class statement without bases and without __metaclass__ in its
  // body uses the module's global __metaclass__, if any.
  if (bases->len == 0 && dict_get_str(ns, str_intern("__metaclass__")).is_null()) {
    Value meta = dict_get_str(globals, str_intern("__metaclass__"));
    if (!meta.is_null()) return call(meta, Value(name), Value(bases), Value(ns));
  }
  return build_class(name, bases, ns);
}

}  // namespace pytrans::rt
