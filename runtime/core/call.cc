// SPDX-License-Identifier: Apache-2.0
// Calls (plain, with *args/**kwargs, method calls without a bound-method
// allocation), len(), and 2.7's simple slicing (obj[lo:hi]).
#include <cstring>
#include <string>
#include <vector>

#include "core/frame.h"
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

namespace {
// "f()" / "Old constructor" / "type object": how 2.7 names a callee in call errors.
std::string func_desc(Value f) {
  Type* t = type_of(f);
  if (t == &FunctionType) return std::string(f.as<Function>()->name->view()) + "()";
  if (t == &BuiltinFunctionType) return std::string(f.as<BuiltinFunction>()->name) + "()";
  if (t == &MethodType) {
    Value fn = f.as<Method>()->func;
    if (type_of(fn) == &FunctionType) return std::string(fn.as<Function>()->name->view()) + "()";
  }
  // A new-style class is named by its metaclass ("type object"); only an
  // old-style class is a "constructor".
  if (t == &ClassObjType) return std::string(f.as<ClassObj>()->name->view()) + " constructor";
  return std::string(type_name(f)) + " object";
}
// What dict(**kw) or d.update(**kw) fills (f itself for the dict type),
// null for every other callee.
Value dict_keyword_target(Value f) {
  if (f.bits == Value(&DictType).bits) return f;
  if (type_of(f) == &BuiltinFunctionType) {
    BuiltinFunction* b = f.as<BuiltinFunction>();
    if (!b->self.is_null() && is_dict(b->self) && std::strcmp(b->name, "update") == 0) return b->self;
  }
  return Value();
}
}  // namespace

Value call_ex(Value f, const Value* args, size_t nargs, Tuple* kwnames, Value star, Value starstar) {
  std::vector<Value> all(args, args + nargs);
  if (!star.is_null()) {
    if (is_tuple(star)) {
      Tuple* t = star.as<Tuple>();
      all.insert(all.end(), t->items, t->items + t->len);
    } else {
      Type* st = type_of(star);
      if (!st->iter && !st->getitem)
        raise_type_error("%s argument after * must be an iterable, not %s", func_desc(f).c_str(), type_name(star));
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
      if (getattr_opt(starstar, str_intern("keys")).is_null())
        raise_type_error("%s argument after ** must be a mapping, not %s", func_desc(f).c_str(), type_name(starstar));
      Dict* d = dict_new();
      dict_merge(d, starstar, true);
      starstar = Value(d);
    }
    Dict* d = starstar.as<Dict>();
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
      if (!is_str(k)) {
        // 2.7 hands **kwargs to dict() and dict.update as a dict, so any
        // keys pass there (the dict(a, **b) merging idiom).
        Value target = dict_keyword_target(f);
        if (target.is_null()) {
          // A class is called through its __init__, which makes the check.
          Value init = is_type(f) && (f.as<Type>()->flags & kTypeHeap) ? type_lookup(f.as<Type>(), str_intern("__init__")) : Value();
          if (!init.is_null() && type_of(init) == &FunctionType) raise_type_error("__init__() keywords must be strings");
          if (is_type(f)) raise_type_error("keywords must be strings");  // a builtin type's argument parser
          raise_type_error("%s keywords must be strings", func_desc(f).c_str());
        }
        Tuple* kw = kwnames && kwnames->len ? kwnames : nullptr;
        Value r = call_v(f, all.data(), npos, kw);
        dict_merge((target == f ? r : target).as<Dict>(), starstar, true);
        return r;
      }
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
  if (type_of(f) == &BuiltinFunctionType) return call_v(f, all.data(), npos, kw);
  CCallGuard levels(f);  // f(*args) goes through PyObject_Call in 2.7 (core/frame.h)
  return call_v(f, all.data(), npos, kw);
}

Value call_method_v(Value obj, Str* name, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* t = type_of(obj);
  // Not for classes: object.__format__(x, s) finds __format__ on object
  // itself before type's (metatype) method of that name.
  if ((t->getattr == generic_getattr || !(t->flags & kTypeHeap)) && !(t->flags & kTypeTypeSubclass)) {
    Value descr = type_lookup(t, name);
    if (!descr.is_null()) {
      Type* dt = type_of(descr);
      Dict** slot = instance_dict_slot(obj);
      bool shadowable = slot != nullptr;
      Dict* idict = shadowable ? *slot : nullptr;
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

// 2.7's sq_slice: a __getslice__/__setslice__/__delslice__ defined in Python
// on a class (or found on an old-style instance), bound to obj; null if none.
Value slice_method(Value obj, const char* name) {
  Type* t = type_of(obj);
  if (t == &InstanceType) return getattr_opt(obj, str_intern(name));
  if (!(t->flags & kTypeHeap)) return Value();
  Value m = type_lookup(t, str_intern(name));
  if (m.is_null() || is_slot_wrapper(m)) return Value();
  Type* mt = type_of(m);
  return mt->descr_get ? mt->descr_get(m, obj, Value(t)) : m;
}

// The slice bounds 2.7 passes to __getslice__: omitted = 0 and sys.maxint,
// negative ones adjusted by len(obj) when the object has a length.
void slice_bounds(Value obj, Value lo, Value hi, Value* a, Value* b) {
  int64_t x = lo.is_null() ? 0 : slice_bound(lo);
  int64_t y = hi.is_null() ? INT64_MAX : slice_bound(hi);
  if ((x < 0 || y < 0) && type_of(obj)->len) {
    int64_t n = len(obj);
    if (x < 0) x += n;
    if (y < 0) y += n;
  }
  *a = make_int(x);
  *b = make_int(y);
}

// Subclasses of list, tuple, str and unicode slice with their base's code
// even when they override __getitem__ (2.7's inherited sq_slice).
Type* sliceable_base(Type* t) {
  if (!(t->flags & kTypeHeap)) return nullptr;
  while (t->flags & kTypeHeap) t = t->base;
  if (t->flags & (kTypeListSubclass | kTypeTupleSubclass | kTypeStrSubclass | kTypeUnicodeSubclass)) return t;
  return nullptr;
}

}  // namespace

Value getslice(Value obj, Value lo, Value hi) {
  Value m = slice_method(obj, "__getslice__");
  if (!m.is_null()) {
    Value a, b;
    slice_bounds(obj, lo, hi, &a, &b);
    return call(m, a, b);
  }
  Value sl = Value(slice_new(slice_arg(lo), slice_arg(hi), None()));
  if (Type* base = sliceable_base(type_of(obj)); base && base->getitem) return base->getitem(obj, sl);
  return getitem(obj, sl);
}

void setslice(Value obj, Value lo, Value hi, Value v) {
  Value m = slice_method(obj, "__setslice__");
  if (!m.is_null()) {
    Value a, b;
    slice_bounds(obj, lo, hi, &a, &b);
    call(m, a, b, v);
    return;
  }
  Value sl = Value(slice_new(slice_arg(lo), slice_arg(hi), None()));
  if (Type* base = sliceable_base(type_of(obj)); base && base->setitem) return base->setitem(obj, sl, v);
  setitem(obj, sl, v);
}

void delslice(Value obj, Value lo, Value hi) {
  Value m = slice_method(obj, "__delslice__");
  if (!m.is_null()) {
    Value a, b;
    slice_bounds(obj, lo, hi, &a, &b);
    call(m, a, b);
    return;
  }
  Value sl = Value(slice_new(slice_arg(lo), slice_arg(hi), None()));
  if (Type* base = sliceable_base(type_of(obj)); base && base->setitem) return base->setitem(obj, sl, Value());
  delitem(obj, sl);
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
    if (type_of(obj) != &InstanceType) {
      // A new-style class with old-style bases has them in its __mro__.
      Tuple* mro = type_of(obj)->mro;
      for (int64_t i = 0; mro && i < mro->len; ++i)
        if (mro->items[i].bits == cls.bits) return true;
      return false;
    }
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
