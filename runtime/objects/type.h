// SPDX-License-Identifier: Apache-2.0
// type objects: registration of builtin types and their methods, class
// creation (new-style and old-style), MRO, attribute lookup through the MRO.
#pragma once
#include <initializer_list>
#include <vector>

#include "core/value.h"

namespace pytrans::rt {

extern Type TypeType, ObjectType, NoneType, NotImplementedType, EllipsisType;

// A row of a builtin type's method table.
struct MethodDef {
  const char* name;
  CallFn fn;                 // callee = receiver
  bool classmethod = false;  // float.__getformat__: fn gets the class as args[0]
};

// A row of a builtin type's attribute table: a getset_descriptor in the
// type's dict (`int.real`, `function.func_name`), which dir() lists and which
// takes precedence over an instance dict. With `get` null the type's own
// getattr slot answers for the name (it must handle the name itself, before
// any fallback to generic_getattr, or that recurses). With `set` null the
// attribute is read-only, unless `writable`, in which case the type's
// setattr slot handles assignment and deletion (again without recursing).
struct GetSetDef {
  const char* name;
  Value (*get)(Value self) = nullptr;
  void (*set)(Value self, Value v) = nullptr;  // v null: delete
  bool writable = false;
  bool member = false;  // a member_descriptor in 2.7 (read-only: TypeError "readonly attribute")
};

// Called once at start-up by each builtin type's registration.
void type_ready(Type* t, std::initializer_list<MethodDef> methods = {});
// Adds getset descriptors to a builtin type's dict (call at registration).
void type_add_getsets(Type* t, std::initializer_list<GetSetDef> rows);
// Slot wrappers 2.7 does not expose on a builtin type although the slot is
// filled (int has a richcompare slot but only __cmp__ in its dict): the slot
// keeps working, the names stay out of the dict and dir().
void type_hide_wrappers(Type* t, std::initializer_list<const char*> names);
// Looks `name` up along type's MRO (null if missing). No descriptor binding.
Value type_lookup(Type* t, Str* name);
bool is_subtype(Type* a, Type* b);
// Invalidates type_lookup's cache: call after any change to a class namespace.
void type_modified();
inline bool is_type(Value v) { return !v.is_small_int() && (v.obj()->type->flags & kTypeTypeSubclass); }
// class statement: `class name(bases): <namespace>` (metaclass resolution included).
Value build_class(Str* name, Tuple* bases, Dict* ns);

// Registers a type-level initialiser that runs at start-up (before main).
struct TypeRegistrar {
  explicit TypeRegistrar(void (*fn)());
};

// Old-style classes (classobj) and instances.
struct ClassObj : Object {
  Str* name;
  Tuple* bases;
  Dict* dict;
};
struct Instance : Object {
  ClassObj* klass;
  Dict* dict;
};
extern Type ClassObjType, InstanceType;
// coerce(a, b) for old-style instances: their __coerce__; false if none applies.
bool instance_coerce(Value* a, Value* b);
// cmp() of two values at least one of which is an old-style instance; 2 if undecided.
int instance_compare(Value a, Value b);

// Slot wrappers (slot_wrappers.cc): builtin special methods as attributes.
extern Type SlotWrapperType, MethodWrapperType;
bool is_slot_wrapper(Value v);
Type* slot_wrapper_owner(Value v);
// object.__new__ / object.__init__ as found in object's dict.
extern Value g_object_new, g_object_init;
// Direct subclasses (for type.__subclasses__), in creation order.
std::vector<Type*>& subclasses_of(Type* t);
// Type.__new__ for classes: type(name, bases, dict) with metatype `meta`.
Value type_new_heap(Type* meta, Str* name, Tuple* bases, Dict* ns);
// Address of obj's instance-dict pointer, or null if its type has none.
Dict** instance_dict_slot(Value obj);
// dict_offset of tuple subclasses: the dict pointer follows the items.
constexpr ptrdiff_t kDictAfterItems = -1;
// The `__dict__`/`__weakref__` descriptor a class with instance dicts holds.
Value getset_dict_descr(Type* owner, const char* name);

// __cmp__ for a builtin type that 2.7 compares through tp_compare while we
// keep a richcompare slot: y must be a t, the result is -1, 0 or 1 (types
// whose slot only knows ==, like methods, order by address as 2.7 does).
Value type_cmp_via_richcompare(Type* t, Value self, const Value* args, size_t nargs);

// Generic object attribute protocol (object.__getattribute__/__setattr__).
Value generic_getattr(Value obj, Str* name);
void generic_setattr(Value obj, Str* name, Value v);

}  // namespace pytrans::rt
