// SPDX-License-Identifier: Apache-2.0
// type and object: builtin type registration, MRO, attribute lookup and the
// generic instance attribute protocol; `class` statements (build_class).
//
// Builtin types are static Type objects whose slots are assigned by a
// registration function in their own file (a TypeRegistrar). At start-up
// (runtime_init) every registrar runs, then types_finalize() computes each
// type's MRO and inherits missing slots from its base, bases first.
//
// Classes created by `class` statements get "heap types": the slots of the
// special methods the class (or a base) defines in Python point at generic
// functions (objects/slots.cc) that look the method up and call it.
#include "objects/type.h"

#include <cstring>
#include <vector>

#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/exceptions.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pytrans::rt {

Type TypeType, ObjectType;

namespace {

struct PendingType {
  Type* type;
  std::vector<MethodDef> methods;
};

std::vector<void (*)()>& registrars() {
  static std::vector<void (*)()>* r = new std::vector<void (*)()>();
  return *r;
}
std::vector<PendingType>& pending() {
  static std::vector<PendingType>* p = new std::vector<PendingType>();
  return *p;
}

void inherit_slots(Type* t, Type* b) {
#define INHERIT(f) if (!t->f) t->f = b->f
  INHERIT(repr); INHERIT(str); INHERIT(hash); INHERIT(richcompare); INHERIT(getattr);
  INHERIT(setattr); INHERIT(call); INHERIT(iter); INHERIT(iternext); INHERIT(len);
  INHERIT(getitem); INHERIT(setitem); INHERIT(contains); INHERIT(nonzero);
  INHERIT(nb_pow3); INHERIT(nb_neg); INHERIT(nb_pos); INHERIT(nb_invert); INHERIT(nb_abs);
  INHERIT(nb_int); INHERIT(nb_long); INHERIT(nb_float); INHERIT(nb_index); INHERIT(nb_hex);
  INHERIT(nb_oct); INHERIT(descr_get); INHERIT(descr_set); INHERIT(tp_new); INHERIT(tp_init);
#undef INHERIT
  for (int i = 0; i < kNbCount; ++i) {
    if (!t->nb[i]) t->nb[i] = b->nb[i];
    if (!t->nb_inplace[i]) t->nb_inplace[i] = b->nb_inplace[i];
  }
  if (!t->instance_size) t->instance_size = b->instance_size;
  if (!t->dict_offset) t->dict_offset = b->dict_offset;
  t->flags |= b->flags & (kTypeIntSubclass | kTypeLongSubclass | kTypeStrSubclass |
                          kTypeUnicodeSubclass | kTypeTupleSubclass | kTypeListSubclass |
                          kTypeDictSubclass | kTypeTypeSubclass | kTypeExcSubclass |
                          kTypeFloatSubclass);
}

void finalize_type(Type* t) {
  if (t->mro) return;
  if (!t->type) t->type = &TypeType;
  if (!t->dict) t->dict = dict_new();
  if (t != &ObjectType && !t->base) t->base = &ObjectType;
  std::vector<Value> chain;
  for (Type* b = t; b; b = b->base) chain.push_back(Value(b));
  if (t->base) {
    finalize_type(t->base);
    inherit_slots(t, t->base);
    if (!t->bases) t->bases = tuple_of({Value(t->base)});
  } else if (!t->bases) {
    t->bases = tuple_empty();
  }
  t->mro = tuple_from(chain.data(), chain.size());
}

}  // namespace

TypeRegistrar::TypeRegistrar(void (*fn)()) { registrars().push_back(fn); }

void type_ready(Type* t, std::initializer_list<MethodDef> methods) {
  pending().push_back(PendingType{t, std::vector<MethodDef>(methods)});
}

void types_finalize() {
  for (auto fn : registrars()) fn();
  for (auto& p : pending()) finalize_type(p.type);
  for (auto& p : pending()) {
    for (const MethodDef& m : p.methods) {
      auto* d = new_object<MethodDescr>(&MethodDescrType);
      d->name = m.name;
      d->fn = m.fn;
      d->owner = p.type;
      dict_set(p.type->dict, Value(str_intern(m.name, std::strlen(m.name))), Value(d));
    }
  }
}

Value type_lookup(Type* t, Str* name) {
  Tuple* mro = t->mro;
  if (!mro) return dict_get_str(t->dict, name);
  for (int64_t i = 0; i < mro->len; ++i) {
    Value k = mro->items[i];
    Dict* d = k.is_small_int() ? nullptr
              : is_type(k)     ? k.as<Type>()->dict
                               : k.as<ClassObj>()->dict;
    if (!d) continue;
    Value v = dict_get_str(d, name);
    if (!v.is_null()) return v;
  }
  return Value();
}

bool is_subtype(Type* a, Type* b) {
  if (a == b || b == &ObjectType) return true;
  Tuple* mro = a->mro;
  if (!mro) {
    for (Type* t = a; t; t = t->base)
      if (t == b) return true;
    return false;
  }
  for (int64_t i = 0; i < mro->len; ++i)
    if (mro->items[i].obj() == b) return true;
  return false;
}

static Dict** instance_dict_slot(Value obj) {
  if (obj.is_small_int()) return nullptr;
  Type* t = obj.obj()->type;
  if (!t->dict_offset) return nullptr;
  return reinterpret_cast<Dict**>(reinterpret_cast<char*>(obj.obj()) + t->dict_offset);
}

Value generic_getattr(Value obj, Str* name) {
  Type* t = type_of(obj);
  Value descr = type_lookup(t, name);
  Type* dt = descr.is_null() ? nullptr : type_of(descr);
  if (dt && dt->descr_get && dt->descr_set) return dt->descr_get(descr, obj, Value(t));
  if (Dict** slot = instance_dict_slot(obj); slot && *slot) {
    Value v = dict_get_str(*slot, name);
    if (!v.is_null()) return v;
  }
  if (dt) {
    if (dt->descr_get) return dt->descr_get(descr, obj, Value(t));
    return descr;
  }
  return Value();
}

void generic_setattr(Value obj, Str* name, Value v) {
  Type* t = type_of(obj);
  Value descr = type_lookup(t, name);
  if (!descr.is_null()) {
    Type* dt = type_of(descr);
    if (dt->descr_set) {
      dt->descr_set(descr, obj, v);
      return;
    }
  }
  Dict** slot = instance_dict_slot(obj);
  if (!slot) {
    if (descr.is_null())
      raise_fmt(&AttributeErrorType, "'%s' object has no attribute '%s'", t->name, name->data);
    raise_fmt(&AttributeErrorType, "'%s' object attribute '%s' is read-only", t->name, name->data);
  }
  if (!*slot) *slot = dict_new();
  if (v.is_null()) {
    if (!dict_del(*slot, Value(name)))
      raise_fmt(&AttributeErrorType, "%s", name->data);
  } else {
    dict_set(*slot, Value(name), v);
  }
}

// ---- type slots ----
namespace {

Value type_repr(Value self) {
  Type* t = self.as<Type>();
  std::string s = (t->flags & kTypeHeap) ? "<class '" : "<type '";
  if (t->flags & kTypeHeap) {
    Value mod = dict_get_str(t->dict, str_intern("__module__"));
    if (!mod.is_null() && is_str(mod) && mod.as<Str>()->view() != "__builtin__") {
      s += mod.as<Str>()->view();
      s += '.';
    }
  }
  s += t->name;
  s += "'>";
  return Value(str_new(s));
}

Value type_getattr(Value self, Str* name) {
  Type* t = self.as<Type>();
  std::string_view n = name->view();
  if (n == "__name__") {
    const char* dot = std::strrchr(t->name, '.');
    return Value(str_new((t->flags & kTypeHeap) || !dot ? t->name : dot + 1));
  }
  if (n == "__dict__") return Value(t->dict);  // TODO(types): dictproxy
  if (n == "__mro__") return Value(t->mro);
  if (n == "__bases__") return Value(t->bases);
  if (n == "__base__") return t->base ? Value(t->base) : None();
  if (n == "__module__" && !(t->flags & kTypeHeap)) return Value(str_intern("__builtin__"));
  // Metatype data descriptors first, then the type's own MRO, then the metatype.
  Type* meta = type_of(self);
  Value mdescr = type_lookup(meta, name);
  Type* mdt = mdescr.is_null() ? nullptr : type_of(mdescr);
  if (mdt && mdt->descr_get && mdt->descr_set) return mdt->descr_get(mdescr, self, Value(meta));
  Value attr = type_lookup(t, name);
  if (!attr.is_null()) {
    Type* at = type_of(attr);
    if (at->descr_get) return at->descr_get(attr, Value(), self);
    return attr;
  }
  if (mdt) {
    if (mdt->descr_get) return mdt->descr_get(mdescr, self, Value(meta));
    return mdescr;
  }
  return Value();
}

void type_setattr(Value self, Str* name, Value v) {
  Type* t = self.as<Type>();
  if (!(t->flags & kTypeHeap))
    raise_fmt(&TypeErrorType, "can't set attributes of built-in/extension type '%s'", t->name);
  if (v.is_null()) {
    if (!dict_del(t->dict, Value(name)))
      raise_fmt(&AttributeErrorType, "%s", name->data);
  } else {
    dict_set(t->dict, Value(name), v);
  }
  // TODO(classes): refresh special-method slots when a dunder is assigned.
}

Value type_call(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  Type* t = callee.as<Type>();
  if (t == &TypeType && nargs == 1 && !kw) return Value(type_of(args[0]));
  if (!t->tp_new) raise_fmt(&TypeErrorType, "cannot create '%s' instances", t->name);
  Value obj = t->tp_new(callee, args, nargs, kw);
  if (!obj.is_small_int() && !obj.is_null() && is_subtype(type_of(obj), t) && type_of(obj)->tp_init)
    type_of(obj)->tp_init(obj, args, nargs, kw);
  return obj;
}

int64_t object_hash(Value self) {
  uintptr_t p = self.bits;
  int64_t h = static_cast<int64_t>((p >> 4) | (p << (8 * sizeof(p) - 4)));
  return h == -1 ? -2 : h;
}

Value object_repr(Value self) {
  Type* t = type_of(self);
  char buf[64];
  std::snprintf(buf, sizeof buf, " object at %p>", reinterpret_cast<void*>(self.bits));
  std::string s = "<";
  if (t->flags & kTypeHeap) {
    Value mod = dict_get_str(t->dict, str_intern("__module__"));
    if (!mod.is_null() && is_str(mod)) {
      s += mod.as<Str>()->view();
      s += '.';
    }
  }
  s += t->name;
  s += buf;
  return Value(str_new(s));
}

Value object_new(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  Type* t = callee.as<Type>();
  if ((nargs || kw) && t->tp_init == ObjectType.tp_init && t->tp_new == ObjectType.tp_new)
    raise_type_error("object() takes no parameters");
  size_t size = t->instance_size ? t->instance_size : sizeof(Object);
  return Value(new_object<Object>(t, size));
}

Value object_init(Value, const Value*, size_t, Tuple*) { return None(); }

void register_type_and_object() {
  TypeType.type = &TypeType;
  TypeType.name = "type";
  TypeType.flags = kTypeTypeSubclass | kTypeBaseOk;
  TypeType.repr = type_repr;
  TypeType.getattr = type_getattr;
  TypeType.setattr = type_setattr;
  TypeType.call = type_call;
  TypeType.instance_size = sizeof(Type);
  type_ready(&TypeType);

  ObjectType.type = &TypeType;
  ObjectType.name = "object";
  ObjectType.flags = kTypeBaseOk;
  ObjectType.repr = object_repr;
  ObjectType.str = nullptr;
  ObjectType.hash = object_hash;
  ObjectType.getattr = generic_getattr;
  ObjectType.setattr = generic_setattr;
  ObjectType.tp_new = object_new;
  ObjectType.tp_init = object_init;
  ObjectType.instance_size = sizeof(Object);
  type_ready(&ObjectType);
}
TypeRegistrar reg(register_type_and_object);

}  // namespace

}  // namespace pytrans::rt
