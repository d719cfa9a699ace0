// SPDX-License-Identifier: Apache-2.0
// Calls (plain, with *args/**kwargs, method calls without a bound-method
// allocation), len(), and 2.7's simple slicing (obj[lo:hi]).
#include <cstring>
#include <string>
#include <vector>

#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

Value call_v(Value f, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* t = type_of(f);
  if (!t->call) raise_type_error("'%s' object is not callable", type_name(f));
  return t->call(f, args, nargs, kwnames);
}

Value call_ex(Value f, const Value* args, size_t nargs, Tuple* kwnames, Value star, Value starstar) {
  std::vector<Value> all(args, args + nargs);
  if (!star.is_null()) {
    if (is_tuple(star)) {
      Tuple* t = star.as<Tuple>();
      all.insert(all.end(), t->items, t->items + t->len);
    } else {
      Type* st = type_of(star);
      if (!st->iter && !st->getitem) {
        std::string fname = "function";
        raise_type_error("%s argument after * must be a sequence, not %s",
                         type_of(f) == &FunctionType ? (std::string(f.as<Function>()->name->view()) + "()").c_str()
                                                     : fname.c_str(),
                         type_name(star));
      }
      List* l = list_from_iterable(star);
      all.insert(all.end(), l->items, l->items + l->len);
    }
  }
  size_t npos = all.size();
  std::vector<Value> names;
  if (kwnames) {
    for (int64_t i = 0; i < kwnames->len; ++i) {
      names.push_back(kwnames->items[i]);
      all.push_back(args[nargs + i]);
    }
  }
  if (!starstar.is_null()) {
    if (!is_dict(starstar)) {
      Dict* d = dict_new();
      dict_merge(d, starstar, true);
      starstar = Value(d);
    }
    Dict* d = starstar.as<Dict>();
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
      if (!is_str(k)) raise_type_error("keywords must be strings");
      for (Value n : names)
        if (str_eq(n.as<Str>(), k.as<Str>())) {
          std::string fname = type_of(f) == &FunctionType ? std::string(f.as<Function>()->name->view()) : "function";
          raise_type_error("%s() got multiple values for keyword argument '%s'", fname.c_str(), k.as<Str>()->data);
        }
      names.push_back(k);
      all.push_back(v);
    }
  }
  Tuple* kw = names.empty() ? nullptr : tuple_from(names.data(), names.size());
  return call_v(f, all.data(), npos, kw);
}

Value call_method_v(Value obj, Str* name, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* t = type_of(obj);
  if (t->getattr == generic_getattr || !(t->flags & kTypeHeap)) {
    Value descr = type_lookup(t, name);
    if (!descr.is_null()) {
      Type* dt = type_of(descr);
      bool shadowable = t->dict_offset != 0;
      Dict* idict = shadowable ? *reinterpret_cast<Dict**>(reinterpret_cast<char*>(obj.obj()) + t->dict_offset)
                               : nullptr;
      if (!idict || dict_get_str(idict, name).is_null()) {
        if (dt == &MethodDescrType && (t->getattr == generic_getattr || !shadowable))
          return descr.as<MethodDescr>()->fn(obj, args, nargs, kwnames);
        if (dt == &FunctionType && t->getattr == generic_getattr) {
          size_t total = nargs + (kwnames ? kwnames->len : 0);
          Value* a = static_cast<Value*>(__builtin_alloca((total + 1) * sizeof(Value)));
          a[0] = obj;
          std::memcpy(static_cast<void*>(a + 1), args, total * sizeof(Value));
          return descr.as<Function>()->entry(descr, a, nargs + 1, kwnames);
        }
      }
    }
  }
  return call_v(getattr(obj, name), args, nargs, kwnames);
}

int64_t len(Value obj) {
  Type* t = type_of(obj);
  if (!t->len) raise_type_error("object of type '%s' has no len()", type_name(obj));
  return t->len(obj);
}

// ---- simple slices ----

namespace {

Value slice_arg(Value v) { return v.is_null() ? None() : v; }

}  // namespace

Value getslice(Value obj, Value lo, Value hi) {
  Type* t = type_of(obj);
  if (t->flags & kTypeHeap) {
    Value gs = type_lookup(t, str_intern("__getslice__"));
    if (!gs.is_null()) {
      int64_t n = t->len ? len(obj) : 0;
      int64_t a = lo.is_null() ? 0 : slice_bound(lo);
      int64_t b = hi.is_null() ? INT64_MAX : slice_bound(hi);
      if (a < 0 && t->len) a += n;
      if (b < 0 && t->len) b += n;
      return call(gs, obj, make_int(a), make_int(b));
    }
  }
  return getitem(obj, Value(slice_new(slice_arg(lo), slice_arg(hi), None())));
}

void setslice(Value obj, Value lo, Value hi, Value v) {
  setitem(obj, Value(slice_new(slice_arg(lo), slice_arg(hi), None())), v);
}

void delslice(Value obj, Value lo, Value hi) {
  delitem(obj, Value(slice_new(slice_arg(lo), slice_arg(hi), None())));
}

bool isinstance(Value obj, Value cls) {
  if (is_type(cls)) return is_subtype(type_of(obj), cls.as<Type>());
  if (is_tuple(cls)) {
    Tuple* t = cls.as<Tuple>();
    for (int64_t i = 0; i < t->len; ++i)
      if (isinstance(obj, t->items[i])) return true;
    return false;
  }
  if (!cls.is_small_int() && cls.obj()->type == &ClassObjType) {
    if (type_of(obj) != &InstanceType) return false;
    // Depth-first over old-style bases.
    std::vector<ClassObj*> stack{obj.as<Instance>()->klass};
    while (!stack.empty()) {
      ClassObj* c = stack.back();
      stack.pop_back();
      if (c == cls.as<ClassObj>()) return true;
      for (int64_t i = 0; i < c->bases->len; ++i)
        if (c->bases->items[i].obj()->type == &ClassObjType) stack.push_back(c->bases->items[i].as<ClassObj>());
    }
    return false;
  }
  raise_type_error("isinstance() arg 2 must be a class, type, or tuple of classes and types");
}

}  // namespace pytrans::rt
