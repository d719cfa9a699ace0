// SPDX-License-Identifier: Apache-2.0
// staticmethod, classmethod, property and super.
#include <cstring>
#include <string>

#include "core/frame.h"
#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

Type StaticMethodType, ClassMethodType, PropertyType, SuperType;

namespace {

struct Wrapper : Object {
  Value callable;
  Dict* dict;
};

struct Property : Object {
  Value fget, fset, fdel, doc;
};

struct Super : Object {
  Type* thistype;  // the class named in super(C, obj)
  Value obj;       // instance or class (null = unbound)
  Type* obj_type;  // type of obj (or obj itself when it is a class)
};

// staticmethod(f) / classmethod(f): 2.7 unpacks the positional arguments only
// and ignores keywords (staticmethod(f=g) is "expected 1 arguments, got 0").
Value wrapper_new(Type* t, const Value* args, size_t nargs, Tuple*, const char* name) {
  if (nargs != 1) raise_type_error("%s expected 1 arguments, got %zu", name, nargs);
  Wrapper* w = new_object<Wrapper>(t);
  w->callable = args[0];
  return Value(w);
}

Value staticmethod_tp_new(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  return wrapper_new(callee.as<Type>(), args, nargs, kw, "staticmethod");
}
Value classmethod_tp_new(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  return wrapper_new(callee.as<Type>(), args, nargs, kw, "classmethod");
}

Value staticmethod_get(Value self, Value, Value) { return self.as<Wrapper>()->callable; }
Value classmethod_get(Value self, Value obj, Value type) {
  Value klass = (type.is_null() || is_none(type)) ? Value(type_of(obj)) : type;
  return method_new(self.as<Wrapper>()->callable, klass, Value(type_of(klass)));
}

Value wrapper_getattr(Value self, Str* name) {
  if (name->view() == "__func__") return self.as<Wrapper>()->callable;
  return generic_getattr(self, name);
}

// ---- property ----

Value property_tp_new(Value callee, const Value*, size_t, Tuple*) {
  Property* p = new_object<Property>(callee.as<Type>());
  p->fget = p->fset = p->fdel = p->doc = None();
  return Value(p);
}

Value property_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Property* p = self.as<Property>();
  Value* outs[] = {&p->fget, &p->fset, &p->fdel, &p->doc};
  const char* names[] = {"fget", "fset", "fdel", "doc"};
  if (nargs > 4) raise_type_error("property() takes at most 4 arguments (%zu given)", nargs);
  for (size_t i = 0; i < nargs; ++i) *outs[i] = args[i];
  if (kw) {
    for (int64_t k = 0; k < kw->len; ++k) {
      bool found = false;
      for (int j = 0; j < 4; ++j)
        if (kw->items[k].as<Str>()->view() == names[j]) {
          *outs[j] = args[nargs + k];
          found = true;
        }
      if (!found)
        raise_type_error("'%s' is an invalid keyword argument for this function", kw->items[k].as<Str>()->data);
    }
  }
  if (is_none(p->doc) && !is_none(p->fget)) {
    Value d = getattr_opt(p->fget, str_intern("__doc__"));
    if (!d.is_null()) p->doc = d;
  }
  return None();
}

Value property_get(Value self, Value obj, Value) {
  Property* p = self.as<Property>();
  if (obj.is_null() || is_none(obj)) return self;
  if (is_none(p->fget)) raise_msg(&AttributeErrorType, "unreadable attribute");
  CCallGuard levels(p->fget);  // core/frame.h
  return call(p->fget, obj);
}

void property_set(Value self, Value obj, Value v) {
  Property* p = self.as<Property>();
  if (v.is_null()) {
    if (is_none(p->fdel)) raise_msg(&AttributeErrorType, "can't delete attribute");
    call(p->fdel, obj);
    return;
  }
  if (is_none(p->fset)) raise_msg(&AttributeErrorType, "can't set attribute");
  call(p->fset, obj, v);
}

Value property_copy(Value self, int which, Value f) {
  Property* p = self.as<Property>();
  Property* q = new_object<Property>(type_of(self));
  q->fget = p->fget;
  q->fset = p->fset;
  q->fdel = p->fdel;
  q->doc = p->doc;
  if (which == 0) q->fget = f;
  if (which == 1) q->fset = f;
  if (which == 2) q->fdel = f;
  return Value(q);
}
Value property_getter(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("getter", nargs, 1, 1);
  return property_copy(self, 0, args[0]);
}
Value property_setter(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("setter", nargs, 1, 1);
  return property_copy(self, 1, args[0]);
}
Value property_deleter(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("deleter", nargs, 1, 1);
  return property_copy(self, 2, args[0]);
}

Value property_getattr(Value self, Str* name) {
  Property* p = self.as<Property>();
  std::string_view n = name->view();
  if (n == "fget") return p->fget;
  if (n == "fset") return p->fset;
  if (n == "fdel") return p->fdel;
  if (n == "__doc__") return p->doc;
  return generic_getattr(self, name);
}

void property_setattr(Value self, Str* name, Value v) {
  std::string_view n = name->view();
  if (n == "fget" || n == "fset" || n == "fdel" || n == "__doc__") raise_type_error("readonly attribute");
  generic_setattr(self, name, v);
}

// ---- super ----

Value super_tp_new(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->len) raise_type_error("super does not take keyword arguments");
  if (nargs < 1) raise_type_error("super() takes at least 1 argument (0 given)");
  if (nargs > 2) raise_type_error("super() takes at most 2 arguments (%zu given)", nargs);
  if (!is_type(args[0]))
    raise_type_error("super() argument 1 must be type, not %s", is_none(args[0]) ? "None" : type_name(args[0]));
  Super* s = new_object<Super>(callee.as<Type>());
  s->thistype = args[0].as<Type>();
  if (nargs == 2 && !is_none(args[1])) {
    s->obj = args[1];
    if (is_type(args[1]) && is_subtype(args[1].as<Type>(), s->thistype)) s->obj_type = args[1].as<Type>();
    else if (is_subtype(type_of(args[1]), s->thistype)) s->obj_type = type_of(args[1]);
    else raise_type_error("super(type, obj): obj must be an instance or subtype of type");
  }
  return Value(s);
}

Value super_getattr(Value self, Str* name) {
  Super* s = self.as<Super>();
  if (s->obj_type && name->view() != "__class__") {
    Tuple* mro = s->obj_type->mro;
    int64_t i = 0;
    while (i < mro->len && mro->items[i].obj() != s->thistype) ++i;
    for (++i; i < mro->len; ++i) {
      Value k = mro->items[i];
      Dict* d = is_type(k) ? k.as<Type>()->dict : k.obj()->type == &ClassObjType ? k.as<ClassObj>()->dict : nullptr;
      if (!d) continue;
      Value v = dict_get_str(d, name);
      if (v.is_null()) continue;
      Type* vt = type_of(v);
      if (vt->descr_get) {
        Value obj = s->obj.bits == Value(s->obj_type).bits ? Value() : s->obj;
        return vt->descr_get(v, obj, Value(s->obj_type));
      }
      return v;
    }
  }
  std::string_view n = name->view();
  if (n == "__thisclass__") return Value(s->thistype);
  if (n == "__self__") return s->obj.is_null() ? None() : s->obj;
  if (n == "__self_class__") return s->obj_type ? Value(s->obj_type) : None();
  return generic_getattr(self, name);
}

// An unbound super found as a class attribute binds to the instance, as in
// 2.7 (`__super = super(C)` idioms); a bound one stays as it is.
Value super_descr_get(Value self, Value obj, Value) {
  Super* s = self.as<Super>();
  if (obj.is_null() || is_none(obj) || !s->obj.is_null()) return self;
  Value args[2] = {Value(s->thistype), obj};
  return call_v(Value(type_of(self)), args, 2);
}

Value super_repr(Value self) {
  Super* s = self.as<Super>();
  std::string r = "<super: <class '";
  r += s->thistype->name;
  r += "'>, ";
  if (s->obj_type) {
    r += "<";
    r += s->obj_type->name;
    r += " object>>";
  } else {
    r += "NULL>";
  }
  return Value(str_new(r));
}

void register_descriptors() {
  StaticMethodType.name = "staticmethod";
  StaticMethodType.flags = kTypeBaseOk;
  StaticMethodType.tp_new = staticmethod_tp_new;
  StaticMethodType.descr_get = staticmethod_get;
  StaticMethodType.getattr = wrapper_getattr;
  StaticMethodType.instance_size = sizeof(Wrapper);
  StaticMethodType.dict_offset = offsetof(Wrapper, dict);
  type_ready(&StaticMethodType);
  type_add_getsets(&StaticMethodType, {{"__func__", nullptr, nullptr, false, true}});

  ClassMethodType.name = "classmethod";
  ClassMethodType.flags = kTypeBaseOk;
  ClassMethodType.tp_new = classmethod_tp_new;
  ClassMethodType.descr_get = classmethod_get;
  ClassMethodType.getattr = wrapper_getattr;
  ClassMethodType.instance_size = sizeof(Wrapper);
  ClassMethodType.dict_offset = offsetof(Wrapper, dict);
  type_ready(&ClassMethodType);
  type_add_getsets(&ClassMethodType, {{"__func__", nullptr, nullptr, false, true}});

  PropertyType.name = "property";
  PropertyType.flags = kTypeBaseOk;
  PropertyType.tp_new = property_tp_new;
  PropertyType.tp_init = property_init;
  PropertyType.descr_get = property_get;
  PropertyType.descr_set = property_set;
  PropertyType.getattr = property_getattr;
  PropertyType.setattr = property_setattr;
  PropertyType.instance_size = sizeof(Property);
  type_ready(&PropertyType, {{"deleter", property_deleter}, {"getter", property_getter}, {"setter", property_setter}});
  type_add_getsets(&PropertyType, {{"fdel", nullptr, nullptr, true, true},
                                   {"fget", nullptr, nullptr, true, true},
                                   {"fset", nullptr, nullptr, true, true}});

  SuperType.name = "super";
  SuperType.flags = kTypeBaseOk;
  SuperType.tp_new = super_tp_new;
  SuperType.getattr = super_getattr;
  SuperType.repr = super_repr;
  SuperType.descr_get = super_descr_get;
  SuperType.instance_size = sizeof(Super);
  type_ready(&SuperType);
  type_add_getsets(&SuperType, {{"__self__", nullptr, nullptr, false, true},
                                {"__self_class__", nullptr, nullptr, false, true},
                                {"__thisclass__", nullptr, nullptr, false, true}});
}
TypeRegistrar reg(register_descriptors);

}  // namespace

Value staticmethod_new(Value f) {
  Value a = f;
  return staticmethod_tp_new(Value(&StaticMethodType), &a, 1, nullptr);
}

}  // namespace pytrans::rt
