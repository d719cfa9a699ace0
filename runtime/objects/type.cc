// SPDX-License-Identifier: Apache-2.0
// type and object: builtin type registration, MRO, attribute lookup and the
// generic instance attribute protocol; `class` statements (build_class).
//
// Builtin types are static Type objects whose slots are assigned by a
// registration function in their own file (a TypeRegistrar). At start-up
// (runtime_init) every registrar runs, then types_finalize() computes each
// type's MRO and inherits missing slots from its base, bases first.
//
// Each builtin type's own slots are also exposed as Python attributes
// (slot_wrappers.cc), after MRO and inheritance are settled, except the ones
// 2.7 does not list (type_hide_wrappers: int has a richcompare slot here but
// only __cmp__ in its dict). A type's data attributes (int.real,
// function.func_name, IOError.errno) are getset/member descriptors from its
// type_add_getsets table, so dir() and T.__dict__ show them as 2.7 does.
//
// Classes created by `class` statements get "heap types": the slots of the
// special methods the class (or a base) defines in Python point at generic
// functions (objects/class.cc) that look the method up and call it.
//
// Also here: the generic attribute protocol (data descriptors, then the
// instance dict, then other class attributes; __dict__ and __class__),
// dictproxy (C.__dict__), the __dict__/__weakref__ getset descriptors, and
// 2.7's object()/object.__init__ argument rules.
#include "objects/type.h"

#include <cstring>
#include <unordered_map>
#include <vector>

#include "core/frame.h"
#include "core/finalize.h"
#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/exceptions.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/list.h"
#include "objects/unicode.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pytrans::rt {

Type TypeType, ObjectType;
Value g_object_new, g_object_init;
bool in_class_statement();                   // class.cc
void heap_type_changed(Type* t, Str* name);  // class.cc
Value str_format_dunder(Value self, const Value* args, size_t nargs, Tuple* kw);  // str_format.cc: also object.__format__: re-derives slots after C.__x__ = f
void add_slot_wrappers(Type* t, const Type& own);  // slot_wrappers.cc

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
struct PendingGetSets {
  Type* type;
  std::vector<GetSetDef> rows;
};
std::vector<PendingGetSets>& pending_getsets() {
  static auto* p = new std::vector<PendingGetSets>();
  return *p;
}
struct HiddenWrappers {
  Type* type;
  std::vector<const char*> names;
};
std::vector<HiddenWrappers>& hidden_wrappers() {
  static auto* p = new std::vector<HiddenWrappers>();
  return *p;
}
Value getset_from_def(Type* owner, const GetSetDef& d);

void inherit_slots(Type* t, Type* b) {
#define INHERIT(f) if (!t->f) t->f = b->f
  INHERIT(repr); INHERIT(str); INHERIT(hash); INHERIT(richcompare); INHERIT(compare); INHERIT(getattr);
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
void type_add_getsets(Type* t, std::initializer_list<GetSetDef> rows) {
  pending_getsets().push_back(PendingGetSets{t, std::vector<GetSetDef>(rows)});
}
void type_hide_wrappers(Type* t, std::initializer_list<const char*> names) {
  hidden_wrappers().push_back(HiddenWrappers{t, std::vector<const char*>(names)});
}

namespace {
Value object_subclasshook(Value, const Value*, size_t, Tuple*);
}  // namespace

void types_finalize() {
  for (auto fn : registrars()) fn();
  std::vector<Type> own;
  own.reserve(pending().size());
  for (auto& p : pending()) own.push_back(*p.type);  // the slots each type fills itself
  for (auto& p : pending()) finalize_type(p.type);
  for (size_t i = 0; i < pending().size(); ++i) {
    Type* t = pending()[i].type;
    if (t->base) subclasses_of(t->base).push_back(t);
  }
  for (auto& p : pending()) {
    for (const MethodDef& m : p.methods) {
      if (m.classmethod) continue;  // below, once classmethod itself is ready
      auto* d = new_object<MethodDescr>(&MethodDescrType);
      d->name = m.name;
      d->fn = m.fn;
      d->owner = p.type;
      dict_set(p.type->dict, Value(str_intern(m.name, std::strlen(m.name))), Value(d));
    }
  }
  for (size_t i = 0; i < pending().size(); ++i) add_slot_wrappers(pending()[i].type, own[i]);
  for (const HiddenWrappers& h : hidden_wrappers())
    for (const char* n : h.names) dict_del(h.type->dict, Value(str_intern(n, std::strlen(n))));
  for (const PendingGetSets& g : pending_getsets()) {
    for (const GetSetDef& d : g.rows)
      dict_set(g.type->dict, Value(str_intern(d.name, std::strlen(d.name))), getset_from_def(g.type, d));
  }
  dict_set(ObjectType.dict, Value(str_intern("__class__")), getset_dict_descr(&ObjectType, "__class__"));
  dict_set(ObjectType.dict, Value(str_intern("__doc__")), Value(str_intern("The most base type")));
  dict_set(ObjectType.dict, Value(str_intern("__subclasshook__")),
           call(Value(&ClassMethodType), Value(builtin_function_new("__subclasshook__", object_subclasshook))));
  for (auto& p : pending())
    for (const MethodDef& m : p.methods)
      if (m.classmethod)
        dict_set(p.type->dict, Value(str_intern(m.name, std::strlen(m.name))),
                 call(Value(&ClassMethodType), Value(builtin_function_new(m.name, m.fn))));
  g_object_new = dict_get_str(ObjectType.dict, str_intern("__new__"));
  g_object_init = dict_get_str(ObjectType.dict, str_intern("__init__"));
  type_modified();
}

std::vector<Type*>& subclasses_of(Type* t) {
  static auto* m = new std::unordered_map<Type*, std::vector<Type*>>();
  return (*m)[t];
}

// ---- attribute cache ----
// type_lookup walks the MRO doing one dict lookup per class; attribute access
// and method calls do it constantly. Results are cached per thread in a small
// direct-mapped table, valid while g_type_epoch is unchanged; every change to
// a class namespace (type_setattr, class creation, old-style class setattr,
// start-up registration) bumps the epoch. Type dicts are not reachable as
// mutable dicts from Python (C.__dict__ is a dictproxy, and the class body's
// namespace is copied when the class is created), so the epoch sees every
// change. The table is uncollectable, so cached names and types stay alive and
// their addresses cannot be reused while cached.
uint64_t g_type_epoch = 1;

void type_modified() { __atomic_add_fetch(&g_type_epoch, 1, __ATOMIC_ACQ_REL); }

namespace {

Value type_lookup_uncached(Type* t, Str* name);

struct LookupCacheEntry {
  Type* type;
  Str* name;
  uint64_t epoch;
  Value value;
};
constexpr size_t kLookupCacheSize = 1024;
thread_local LookupCacheEntry* tl_lookup_cache = nullptr;

}  // namespace

Value type_lookup(Type* t, Str* name) {
  LookupCacheEntry* cache = tl_lookup_cache;
  if (__builtin_expect(cache == nullptr, 0)) {
    cache = static_cast<LookupCacheEntry*>(gc_alloc_uncollectable(sizeof(LookupCacheEntry) * kLookupCacheSize));
    tl_lookup_cache = cache;
  }
  uint64_t epoch = __atomic_load_n(&g_type_epoch, __ATOMIC_ACQUIRE);
  LookupCacheEntry& e =
      cache[((reinterpret_cast<uintptr_t>(t) >> 4) ^ (reinterpret_cast<uintptr_t>(name) >> 3)) & (kLookupCacheSize - 1)];
  if (e.type == t && e.name == name && e.epoch == epoch) return e.value;
  Value v = type_lookup_uncached(t, name);
  e.type = t;
  e.name = name;
  e.epoch = epoch;
  e.value = v;
  return v;
}

namespace {
Value type_lookup_uncached(Type* t, Str* name) {
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
}  // namespace

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

Dict** instance_dict_slot(Value obj) {
  if (obj.is_small_int()) return nullptr;
  Type* t = obj.obj()->type;
  ptrdiff_t off = t->dict_offset;
  if (!off) return nullptr;
  // Tuple subclasses keep the dict pointer after their items.
  if (off == kDictAfterItems) off = offsetof(Tuple, items) + obj.as<Tuple>()->len * sizeof(Value);
  return reinterpret_cast<Dict**>(reinterpret_cast<char*>(obj.obj()) + off);
}

namespace {

bool is_dunder(Str* name) { return name->len > 4 && name->data[0] == '_' && name->data[1] == '_'; }

Type* solid_of(Type* t) {
  while (t->flags & kTypeHeap) t = t->base;
  return t;
}

void set_class(Value obj, Value v) {
  Type* old = type_of(obj);
  if (v.is_null()) raise_type_error("can't delete __class__ attribute");
  if (!is_type(v)) raise_type_error("__class__ must be set to new-style class, not '%s' object", type_name(v));
  Type* nt = v.as<Type>();
  if (!(old->flags & kTypeHeap) || !(nt->flags & kTypeHeap))
    raise_type_error("__class__ assignment: only for heap types");
  if (solid_of(old) != solid_of(nt) || old->dict_offset != nt->dict_offset || old->instance_size != nt->instance_size)
    raise_type_error("__class__ assignment: '%s' object layout differs from '%s'", nt->name, old->name);
  obj.obj()->type = nt;
}

}  // namespace

Value generic_getattr(Value obj, Str* name) {
  Type* t = type_of(obj);
  Value descr = type_lookup(t, name);
  Type* dt = descr.is_null() ? nullptr : type_of(descr);
  if (dt && dt->descr_get && dt->descr_set) return dt->descr_get(descr, obj, Value(t));
  Dict** slot = instance_dict_slot(obj);
  if (slot && *slot) {
    Value v = dict_get_str(*slot, name);
    if (!v.is_null()) return v;
  }
  if (dt) {
    if (dt->descr_get) return dt->descr_get(descr, obj, Value(t));
    return descr;
  }
  if (is_dunder(name)) {
    if (name->view() == "__class__") return Value(t);
    if (slot && name->view() == "__dict__") {
      if (!*slot) *slot = dict_new();
      return Value(*slot);
    }
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
  if (is_dunder(name)) {
    if (name->view() == "__class__") return set_class(obj, v);
    if (slot && name->view() == "__dict__") {
      if (v.is_null()) raise_type_error("__dict__ may not be deleted");
      if (!is_dict(v)) raise_type_error("__dict__ must be set to a dictionary, not a '%s'", type_name(v));
      *slot = v.as<Dict>();
      return;
    }
  }
  if (!slot || (!*slot && v.is_null())) {
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

// ---- dictproxy (C.__dict__) ----

Type DictProxyType;

namespace {

struct DictProxy : Object {
  Dict* dict;
};

Value dictproxy_repr(Value self) {
  std::string s = "dict_proxy(";
  s += repr(Value(self.as<DictProxy>()->dict))->view();
  s += ")";
  return Value(str_new(s));
}
Value dictproxy_str(Value self) { return Value(repr(Value(self.as<DictProxy>()->dict))); }
Value dictproxy_getitem(Value self, Value k) { return getitem(Value(self.as<DictProxy>()->dict), k); }
int64_t dictproxy_len(Value self) { return len(Value(self.as<DictProxy>()->dict)); }
Value dictproxy_iter(Value self) { return iter(Value(self.as<DictProxy>()->dict)); }
int dictproxy_contains(Value self, Value k) { return contains(Value(self.as<DictProxy>()->dict), k); }
Value dictproxy_richcompare(Value a, Value b, CompareOp op) {
  return compare(Value(a.as<DictProxy>()->dict), b, op);
}
Value dictproxy_getattr(Value self, Str* name) {
  static const char* const kAllowed[] = {"keys", "values", "items", "get", "has_key", "copy",
                                         "iterkeys", "itervalues", "iteritems"};
  for (const char* a : kAllowed)
    if (name->view() == a) return getattr(Value(self.as<DictProxy>()->dict), name);
  return generic_getattr(self, name);
}

// ---- getset descriptors of heap types (__dict__, __weakref__) ----

struct GetSet : Object {
  const char* name;
  Type* owner;
  bool from_def;  // a GetSetDef row (below); else __dict__/__weakref__/__class__
  GetSetDef def;
};
Type GetSetType, GetSetMemberType;

void getset_check_applies(GetSet* g, Value obj) {
  if (!is_subtype(type_of(obj), g->owner))
    raise_type_error("descriptor '%s' for '%s' objects doesn't apply to '%s' object", g->name, g->owner->name,
                     type_name(obj));
}

Value getset_get(Value self, Value obj, Value) {
  if (obj.is_null()) return self;
  GetSet* g = self.as<GetSet>();
  if (g->from_def) {
    getset_check_applies(g, obj);
    if (g->def.get) return g->def.get(obj);
    Value v = g->owner->getattr(obj, str_intern(g->name, std::strlen(g->name)));
    if (v.is_null()) raise_fmt(&AttributeErrorType, "%s", g->name);
    return v;
  }
  if (g->name[2] == 'c') return Value(type_of(obj));
  if (g->name[2] == 'w') return None();
  Dict** slot = instance_dict_slot(obj);
  if (!slot) raise_fmt(&AttributeErrorType, "This object has no __dict__");
  if (!*slot) *slot = dict_new();
  return Value(*slot);
}
void getset_set(Value self, Value obj, Value v) {
  GetSet* g = self.as<GetSet>();
  if (g->from_def) {
    getset_check_applies(g, obj);
    if (g->def.set) return g->def.set(obj, v);
    if (g->def.writable) return g->owner->setattr(obj, str_intern(g->name, std::strlen(g->name)), v);
    if (g->def.member) raise_type_error("readonly attribute");
    raise_fmt(&AttributeErrorType, "attribute '%s' of '%s' objects is not writable", g->name, g->owner->name);
  }
  if (g->name[2] == 'c') return set_class(obj, v);
  if (g->name[2] == 'w') raise_fmt(&AttributeErrorType, "attribute '__weakref__' of '%s' objects is not writable", g->owner->name);
  Dict** slot = instance_dict_slot(obj);
  if (!slot) raise_fmt(&AttributeErrorType, "This object has no __dict__");
  if (v.is_null()) raise_type_error("__dict__ may not be deleted");
  if (!is_dict(v)) raise_type_error("__dict__ must be set to a dictionary, not a '%s'", type_name(v));
  *slot = v.as<Dict>();
}
Value getset_repr(Value self) {
  GetSet* g = self.as<GetSet>();
  std::string s = g->from_def && g->def.member ? "<member '" : "<attribute '";
  s += g->name;
  s += "' of '";
  s += g->owner->name;
  s += "' objects>";
  return Value(str_new(s));
}

Value getset_from_def(Type* owner, const GetSetDef& d) {
  GetSet* g = new_object<GetSet>(d.member ? &GetSetMemberType : &GetSetType);
  g->name = d.name;
  g->owner = owner;
  g->from_def = true;
  g->def = d;
  return Value(g);
}

}  // namespace

Value getset_dict_descr(Type* owner, const char* name) {
  GetSet* g = new_object<GetSet>(&GetSetType);
  g->name = name;
  g->owner = owner;
  return Value(g);
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

Value type_subclasses(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_no_kwargs("__subclasses__", kw);
  check_nargs("__subclasses__", nargs, 0, 0);
  std::vector<Type*>& subs = subclasses_of(self.as<Type>());
  List* l = list_new(0);
  for (Type* s : subs) list_append(l, Value(s));
  return Value(l);
}

Value type_mro(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_no_kwargs("mro", kw);
  check_nargs("mro", nargs, 0, 0);
  Tuple* m = self.as<Type>()->mro;
  List* l = list_new(0);
  for (int64_t i = 0; i < m->len; ++i) list_append(l, m->items[i]);
  return Value(l);
}

Value type_instancecheck(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("__instancecheck__", kw);
  check_nargs("__instancecheck__", nargs, 1, 1);
  return from_bool(isinstance(args[0], self));
}
Value type_subclasscheck(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("__subclasscheck__", kw);
  check_nargs("__subclasscheck__", nargs, 1, 1);
  return from_bool(is_type(args[0]) && is_subtype(args[0].as<Type>(), self.as<Type>()));
}

// 2.7 compares types by identity (ordering by address is left to the
// default comparison, as our other unordered objects).
Value type_richcompare(Value a, Value b, CompareOp op) {
  if (!is_type(b) || (op != kEq && op != kNe)) return NotImplemented();
  return from_bool((a.bits == b.bits) == (op == kEq));
}

// ---- type's attribute table (getset descriptors) ----
Value type_module_get(Value self) {
  Type* t = self.as<Type>();
  if (t->flags & kTypeHeap) {
    Value m = dict_get_str(t->dict, str_intern("__module__"));
    if (m.is_null()) raise_fmt(&AttributeErrorType, "__module__");
    return m;
  }
  const char* dot = std::strrchr(t->name, '.');
  if (dot) return Value(str_new(t->name, static_cast<size_t>(dot - t->name)));
  return Value(str_intern("__builtin__"));
}
Value type_abstractmethods_get(Value self) {
  Type* t = self.as<Type>();
  Value v = t == &TypeType ? Value() : dict_get_str(t->dict, str_intern("__abstractmethods__"));
  if (v.is_null()) raise_fmt(&AttributeErrorType, "__abstractmethods__");
  return v;
}
Value type_basicsize_get(Value self) { return small_int(static_cast<int64_t>(self.as<Type>()->instance_size)); }
Value type_dictoffset_get(Value self) {
  ptrdiff_t off = self.as<Type>()->dict_offset;
  return small_int(off > 0 ? off : 0);
}
Value type_flags_get(Value self) { return small_int(self.as<Type>()->flags); }
Value type_zero_get(Value) { return small_int(0); }

Value type_getattr(Value self, Str* name) {
  Type* t = self.as<Type>();
  std::string_view n = name->view();
  if (n == "__name__") {
    const char* dot = std::strrchr(t->name, '.');
    return Value(str_new((t->flags & kTypeHeap) || !dot ? t->name : dot + 1));
  }
  if (n == "__dict__") {
    DictProxy* p = new_object<DictProxy>(&DictProxyType);
    p->dict = t->dict;
    return Value(p);
  }
  if (n == "__mro__") return Value(t->mro);
  if (n == "__doc__" && !(t->flags & kTypeHeap)) {
    // A builtin type without a docstring; its dict may hold the instances' __doc__ descriptor.
    Value d = dict_get_str(t->dict, name);
    return d.is_null() || type_of(d)->descr_set ? None() : d;
  }
  if (n == "__bases__") return Value(t->bases);
  if (n == "__base__") return t->base ? Value(t->base) : None();
  if (n == "__module__" && !(t->flags & kTypeHeap)) {
    // tp_name "exceptions.ValueError" -> module "exceptions", as in 2.7.
    const char* dot = std::strrchr(t->name, '.');
    if (dot) return Value(str_new(t->name, static_cast<size_t>(dot - t->name)));
    return Value(str_intern("__builtin__"));
  }
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
  type_modified();
  Type* t = self.as<Type>();
  if (!(t->flags & kTypeHeap))
    raise_fmt(&TypeErrorType, "can't set attributes of built-in/extension type '%s'", t->name);
  if (name->view() == "__name__") {
    if (v.is_null()) raise_type_error("can't delete %s.__name__", t->name);
    if (!is_str(v)) raise_type_error("can only assign string to %s.__name__, not '%s'", t->name, type_name(v));
    t->name = v.as<Str>()->data;
    return;
  }
  if (name->view() == "__bases__" || name->view() == "__mro__") {
    if (name->view() == "__mro__") raise_fmt(&AttributeErrorType, "readonly attribute");
    if (v.is_null()) raise_type_error("can't delete %s.__bases__", t->name);
    if (!is_tuple(v)) raise_type_error("can only assign tuple to %s.__bases__, not %s", t->name, type_name(v));
    t->bases = v.as<Tuple>();
    return;  // TODO(classes): recompute the MRO
  }
  if (v.is_null()) {
    if (!dict_del(t->dict, Value(name)))
      raise_fmt(&AttributeErrorType, "%s", name->data);
  } else {
    dict_set(t->dict, Value(name), v);
  }
  heap_type_changed(t, name);
}

Value type_call(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  Type* t = callee.as<Type>();
  if (t == &TypeType && nargs == 1 && !kw) return Value(type_of(args[0]));
  if (!t->tp_new) raise_fmt(&TypeErrorType, "cannot create '%s' instances", t->name);
  RecursionGuard levels(1, kWhileCalling);  // 2.7 calls a type through PyObject_Call (core/frame.h)
  Value obj = t->tp_new(callee, args, nargs, kw);
  if (t == &TypeType && nargs == 1) return obj;
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

// 2.7's excess-argument rules: object() rejects arguments unless the class
// overrides __init__; object.__init__ rejects them unless it overrides __new__.
bool overrides(Type* t, const char* name, Value base) {
  Value v = type_lookup(t, str_intern(name));
  return !v.is_null() && v != base;
}

Value object_new(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  Type* t = callee.as<Type>();
  if ((nargs || (kw && kw->len)) && !overrides(t, "__init__", g_object_init))
    raise_type_error("object() takes no parameters");
  size_t size = t->instance_size ? t->instance_size : sizeof(Object);
  Value obj(new_object<Object>(t, size));
  if ((t->flags & kTypeHeap) && !type_lookup(t, str_intern("__del__")).is_null()) register_del_finalizer(obj);
  return obj;
}

Value object_str(Value self) { return Value(repr(self)); }

Value object_sizeof(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_no_kwargs("__sizeof__", kw);
  check_nargs("__sizeof__", nargs, 0, 0);
  Type* t = type_of(self);
  return make_int(static_cast<int64_t>(t->instance_size ? t->instance_size : sizeof(Object)));
}

Value object_reduce(Value self, const Value*, size_t, Tuple*) {
  raise_type_error("can't pickle %s objects", type_name(self));
}

Value object_subclasshook(Value, const Value*, size_t, Tuple*) { return NotImplemented(); }

Value object_init(Value self, const Value*, size_t nargs, Tuple* kw) {
  Type* t = type_of(self);
  if ((nargs || (kw && kw->len)) && !overrides(t, "__new__", g_object_new))
    raise_type_error("object.__init__() takes no parameters");
  return None();
}

// type(x) and type(name, bases, dict); callee is the metatype.
Value type_tp_new(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  Type* meta = callee.as<Type>();
  if (meta == &TypeType && nargs == 1 && !(kw && kw->len)) return Value(type_of(args[0]));
  if (nargs != 3) raise_type_error("type() takes 1 or 3 arguments");
  if (!is_str(args[0])) raise_type_error("type() argument 1 must be string, not %s", type_name(args[0]));
  if (!is_tuple(args[1])) raise_type_error("type() argument 2 must be tuple, not %s", type_name(args[1]));
  if (!is_dict(args[2])) raise_type_error("type() argument 3 must be dict, not %s", type_name(args[2]));
  Tuple* bases = args[1].as<Tuple>();
  // The most derived metatype among the bases wins.
  Type* winner = meta;
  for (int64_t i = 0; i < bases->len; ++i) {
    Type* mt = type_of(bases->items[i]);
    if (mt == &ClassObjType) continue;
    if (is_subtype(winner, mt)) continue;
    if (is_subtype(mt, winner)) { winner = mt; continue; }
    raise_type_error("%smetaclass conflict: the metaclass of a derived class "
                     "must be a (non-strict) subclass of the metaclasses of all its bases",
                     in_class_statement() ? "Error when calling the metaclass bases\n    " : "");
  }
  if (winner != meta && winner->tp_new != type_tp_new) return call(Value(winner), args[0], args[1], args[2]);
  Dict* ns = dict_new();
  dict_merge(ns, args[2], true);
  return type_new_heap(winner, args[0].as<Str>(), bases, ns);
}

Value type_init(Value, const Value*, size_t nargs, Tuple*) {
  if (nargs != 1 && nargs != 3) raise_type_error("type.__init__() takes 1 or 3 arguments");
  return None();
}

void register_type_and_object() {
  TypeType.type = &TypeType;
  TypeType.name = "type";
  TypeType.flags = kTypeTypeSubclass | kTypeBaseOk;
  TypeType.repr = type_repr;
  TypeType.getattr = type_getattr;
  TypeType.setattr = type_setattr;
  TypeType.call = type_call;
  TypeType.tp_new = type_tp_new;
  TypeType.tp_init = type_init;
  TypeType.richcompare = type_richcompare;
  TypeType.instance_size = sizeof(Type);
  type_ready(&TypeType, {{"__instancecheck__", type_instancecheck},
                         {"__subclasscheck__", type_subclasscheck},
                         {"__subclasses__", type_subclasses},
                         {"mro", type_mro}});
  type_add_getsets(&TypeType, {
      {"__abstractmethods__", type_abstractmethods_get, nullptr, true},
      {"__base__", nullptr, nullptr, false, true},
      {"__bases__", nullptr, nullptr, true},
      {"__basicsize__", type_basicsize_get, nullptr, false, true},
      {"__dict__"},
      {"__dictoffset__", type_dictoffset_get, nullptr, false, true},
      {"__flags__", type_flags_get, nullptr, false, true},
      {"__itemsize__", type_zero_get, nullptr, false, true},
      {"__module__", type_module_get, nullptr, true},
      {"__mro__", nullptr, nullptr, false, true},
      {"__name__", nullptr, nullptr, true},
      {"__weakrefoffset__", type_zero_get, nullptr, false, true},
  });

  DictProxyType.name = "dictproxy";
  DictProxyType.repr = dictproxy_repr;
  DictProxyType.str = dictproxy_str;
  DictProxyType.getitem = dictproxy_getitem;
  DictProxyType.len = dictproxy_len;
  DictProxyType.iter = dictproxy_iter;
  DictProxyType.contains = dictproxy_contains;
  DictProxyType.richcompare = dictproxy_richcompare;
  DictProxyType.getattr = dictproxy_getattr;
  type_ready(&DictProxyType);

  GetSetType.name = "getset_descriptor";
  GetSetType.descr_get = getset_get;
  GetSetType.descr_set = getset_set;
  GetSetType.repr = getset_repr;
  type_ready(&GetSetType);
  GetSetMemberType.name = "member_descriptor";
  GetSetMemberType.descr_get = getset_get;
  GetSetMemberType.descr_set = getset_set;
  GetSetMemberType.repr = getset_repr;
  type_ready(&GetSetMemberType);

  ObjectType.type = &TypeType;
  ObjectType.name = "object";
  ObjectType.flags = kTypeBaseOk;
  ObjectType.repr = object_repr;
  ObjectType.str = object_str;
  ObjectType.hash = object_hash;
  ObjectType.getattr = generic_getattr;
  ObjectType.setattr = generic_setattr;
  ObjectType.tp_new = object_new;
  ObjectType.tp_init = object_init;
  ObjectType.instance_size = sizeof(Object);
  type_ready(&ObjectType, {{"__format__", str_format_dunder},
                           {"__reduce__", object_reduce},
                           {"__reduce_ex__", object_reduce},
                           {"__sizeof__", object_sizeof}});
}
TypeRegistrar reg(register_type_and_object);

}  // namespace

}  // namespace pytrans::rt
