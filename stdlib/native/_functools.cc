// SPDX-License-Identifier: Apache-2.0
// _functools: partial (a subclassable type with func/args/keywords and an
// instance __dict__, as in 2.7) and reduce (the builtin).
#include "core/gc.h"
#include "support.h"

namespace pytrans::rt {
namespace {

struct Partial : Object {
  Value func;
  Tuple* args;
  Value kw;  // dict or None
  Dict* dict;
};

Type PartialType;

Value partial_new(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs < 1) raise_type_error("type 'partial' takes at least one argument");
  if (type_of(args[0])->call == nullptr) raise_type_error("the first argument must be callable");
  Type* t = callee.as<Type>();
  Partial* p = new_object<Partial>(t, t->instance_size > sizeof(Partial) ? t->instance_size : sizeof(Partial));
  p->func = args[0];
  p->args = tuple_from(args + 1, nargs - 1);
  if (kw && kw->len) {
    Dict* d = dict_new();
    for (int64_t i = 0; i < kw->len; ++i) dict_set(d, kw->items[i], args[nargs + i]);
    p->kw = Value(d);
  } else {
    p->kw = None();
  }
  return Value(p);
}

Value partial_init(Value, const Value*, size_t, Tuple*) { return None(); }

Value partial_call(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Partial* p = self.as<Partial>();
  std::vector<Value> all(p->args->items, p->args->items + p->args->len);
  all.insert(all.end(), args, args + nargs);
  if (is_none(p->kw)) return call_v(p->func, all.data(), all.size(), nullptr);
  // Stored keywords first, then the call's own (which override).
  std::vector<Value> names;
  Dict* d = p->kw.as<Dict>();
  int64_t pos = 0;
  Value k, v;
  std::vector<Value> kv;
  while (dict_next(d, &pos, &k, &v)) {
    bool overridden = false;
    if (kw)
      for (int64_t i = 0; i < kw->len; ++i) overridden |= str_eq(kw->items[i].as<Str>(), k.as<Str>());
    if (overridden) continue;
    names.push_back(k);
    kv.push_back(v);
  }
  if (kw)
    for (int64_t i = 0; i < kw->len; ++i) {
      names.push_back(kw->items[i]);
      kv.push_back(args[nargs + i]);
    }
  size_t npos = all.size();
  all.insert(all.end(), kv.begin(), kv.end());
  Tuple* kn = names.empty() ? nullptr : tuple_from(names.data(), names.size());
  return call_v(p->func, all.data(), npos, kn);
}

Partial* as_partial(Value v) {
  if (v.is_small_int() || !is_subtype(type_of(v), &PartialType)) raise_type_error("expected a partial object");
  return v.as<Partial>();
}
Value partial_func(Value, const Value* args, size_t, Tuple*) { return as_partial(args[0])->func; }
Value partial_args(Value, const Value* args, size_t, Tuple*) { return Value(as_partial(args[0])->args); }
Value partial_keywords(Value, const Value* args, size_t, Tuple*) { return as_partial(args[0])->kw; }

// ---- cmp_to_key: K(obj) objects ordered by mycmp(a.obj, b.obj) ----

struct KeyMaker : Object {
  Value cmp;
};
struct KeyWrapper : Object {
  Value cmp, obj;
};
Type KeyMakerType, KeyWrapperType;

Value keymaker_call(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("K", kw);
  if (nargs < 1) raise_type_error("__init__() takes at least 2 arguments (1 given)");
  KeyWrapper* k = new_object<KeyWrapper>(&KeyWrapperType);
  k->cmp = self.as<KeyMaker>()->cmp;
  k->obj = args[0];
  return Value(k);
}

Value keywrapper_richcompare(Value a, Value b, CompareOp op) {
  if (b.is_small_int() || type_of(b) != &KeyWrapperType) raise_attribute_error(b, str_intern("obj"));
  KeyWrapper* x = a.as<KeyWrapper>();
  Value r = call(x->cmp, x->obj, b.as<KeyWrapper>()->obj);
  return compare(r, small_int(0), op);
}

int64_t keywrapper_hash(Value) { raise_type_error("hash not implemented"); }

Value keywrapper_getattr(Value self, Str* name) {
  if (name->view() == "obj") return self.as<KeyWrapper>()->obj;
  return generic_getattr(self, name);
}

Value m_cmp_to_key(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("cmp_to_key", kw);
  check_nargs("cmp_to_key", nargs, 1, 1);
  KeyMaker* m = new_object<KeyMaker>(&KeyMakerType);
  m->cmp = args[0];
  return Value(m);
}

void register_partial() {
  KeyMakerType.name = "functools.K";
  KeyMakerType.call = keymaker_call;
  type_ready(&KeyMakerType);
  KeyWrapperType.name = "functools.K";
  KeyWrapperType.richcompare = keywrapper_richcompare;
  KeyWrapperType.hash = keywrapper_hash;
  KeyWrapperType.getattr = keywrapper_getattr;
  type_ready(&KeyWrapperType);

  PartialType.name = "functools.partial";
  PartialType.flags = kTypeBaseOk;
  PartialType.instance_size = sizeof(Partial);
  PartialType.dict_offset = offsetof(Partial, dict);
  PartialType.tp_new = partial_new;
  PartialType.tp_init = partial_init;
  PartialType.call = partial_call;
  type_ready(&PartialType);
}
TypeRegistrar treg(register_partial);

void init_functools(Module* m) {
  if (dict_get_str(PartialType.dict, str_intern("func")).is_null()) {
    stdlib::type_add_getter(&PartialType, "func", partial_func);
    stdlib::type_add_getter(&PartialType, "args", partial_args);
    stdlib::type_add_getter(&PartialType, "keywords", partial_keywords);
  }
  stdlib::mod_set(m, "partial", Value(&PartialType));
  stdlib::mod_fns(m, {{"cmp_to_key", m_cmp_to_key}});
  Value reduce = dict_get_str(builtins_module()->dict, str_intern("reduce"));
  if (!reduce.is_null()) stdlib::mod_set(m, "reduce", reduce);
}

NativeModule reg("_functools", init_functools);

}  // namespace
}  // namespace pytrans::rt
