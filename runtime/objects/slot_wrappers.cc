// SPDX-License-Identifier: Apache-2.0
// Slot wrappers: builtin types' special methods as Python-visible attributes.
//
// 2.7 exposes every C slot of a builtin type as a `wrapper_descriptor` in the
// type's dict (`list.__getitem__`, `object.__init__`, `int.__add__`...), which
// binds to a `method-wrapper` on attribute access. That is what makes
// `list.__init__(self, x)`, `dict.__setitem__(self, k, v)`,
// `object.__getattribute__(self, name)` and `super(C, self).__init__()` work.
//
// At start-up types_finalize() gives each builtin type one wrapper per slot
// the type fills itself (inherited slots are found through the MRO, as in
// 2.7). A wrapper calls the slot of its OWNER type, never the receiver's: a
// subclass overriding __setitem__ and calling dict.__setitem__ must reach
// dict's C++ code, not its own override again.
//
// __new__ is different: a builtin function bound to the type
// (`int.__new__(cls, v)`), with 2.7's checks ("X.__new__(Y): Y is not a
// subtype of X", "object.__new__(X) is not safe, use int.__new__()").
//
// Heap types' generic slots (class.cc) treat a wrapper found in the MRO as
// "not overridden" and call the solid base's slot directly.
#include <cstring>
#include <string>
#include <vector>

#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/bytearray.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode.h"
#include "objects/type.h"

namespace pytrans::rt {

Type SlotWrapperType, MethodWrapperType;
Value builtin_new_for(Type* solid, Type* sub, const Value* args, size_t nargs, Tuple* kw);  // class.cc

namespace {

enum WrapKind : int {
  kWRepr, kWStr, kWHash, kWRich, kWGetattribute, kWSetattr, kWDelattr, kWCall, kWIter, kWNext,
  kWLen, kWGetitem, kWSetitem, kWDelitem, kWContains, kWNonzero, kWNbL, kWNbR, kWNbInplace,
  kWUnary, kWGet, kWSet, kWDelete, kWInit,
};

struct SlotWrapper : Object {
  const char* name;
  Type* owner;
  int kind;
  int index;              // compare op, number slot
  UnaryFn Type::*unary;   // for kWUnary
};

struct MethodWrapper : Object {
  SlotWrapper* descr;
  Value self;
};

const char* const kRichNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
const char* const kNbNames[kNbCount][2] = {
    {"__add__", "__radd__"}, {"__sub__", "__rsub__"}, {"__mul__", "__rmul__"}, {"__div__", "__rdiv__"},
    {"__truediv__", "__rtruediv__"}, {"__floordiv__", "__rfloordiv__"}, {"__mod__", "__rmod__"},
    {"__divmod__", "__rdivmod__"}, {"__pow__", "__rpow__"}, {"__lshift__", "__rlshift__"},
    {"__rshift__", "__rrshift__"}, {"__and__", "__rand__"}, {"__or__", "__ror__"}, {"__xor__", "__rxor__"}};
const char* const kNbInplaceNames[kNbCount] = {
    "__iadd__", "__isub__", "__imul__", "__idiv__", "__itruediv__", "__ifloordiv__", "__imod__",
    nullptr, "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__"};

struct UnaryRow {
  const char* name;
  UnaryFn Type::*slot;
};
const UnaryRow kUnaryRows[] = {
    {"__neg__", &Type::nb_neg},     {"__pos__", &Type::nb_pos},   {"__invert__", &Type::nb_invert},
    {"__abs__", &Type::nb_abs},     {"__int__", &Type::nb_int},   {"__long__", &Type::nb_long},
    {"__float__", &Type::nb_float}, {"__index__", &Type::nb_index}, {"__hex__", &Type::nb_hex},
    {"__oct__", &Type::nb_oct},
};

void check_args(SlotWrapper* w, size_t nargs, size_t want, Tuple* kw) {
  if (kw && kw->len) raise_type_error("wrapper %s doesn't take keyword arguments", w->name);
  if (nargs != want) {
    if (want == 0) raise_type_error("expected 0 arguments, got %zu", nargs);
    raise_type_error("expected %zu arguments, got %zu", want, nargs);  // 2.7 says "1 arguments" too
  }
}

Str* attr_name(Value v) {
  if (!is_str(v)) raise_type_error("attribute name must be string, not '%s'", type_name(v));
  return v.as<Str>();
}

// Calls the wrapped slot of w->owner on self with args.

// The sequence types' + and * are sq_concat and sq_repeat in 2.7: their
// wrappers never return NotImplemented. s.__mul__(2.0) fails converting the
// count; s.__add__(x) fails as s + x does.
bool is_sequence_owner(Type* o) {
  return o == &StrType || o == &UnicodeType || o == &ListType || o == &TupleType || o == &ByteArrayType ||
         o == &BufferType;
}
Value sequence_result(int slot, Value r, Value self, Value other) {
  if (r.bits != NotImplemented().bits) return r;
  if (slot == kNbMul) raise_type_error("'%s' object cannot be interpreted as an index", type_name(other));
  if (slot == kNbAdd) return add(self, other);
  return r;
}

Value wrapper_invoke(SlotWrapper* w, Value self, const Value* args, size_t nargs, Tuple* kw) {
  Type* o = w->owner;
  switch (w->kind) {
    case kWRepr: check_args(w, nargs, 0, kw); return o->repr(self);
    case kWStr: check_args(w, nargs, 0, kw); return o->str(self);
    case kWHash: check_args(w, nargs, 0, kw); return make_int(o->hash(self));
    case kWRich: check_args(w, nargs, 1, kw); return o->richcompare(self, args[0], static_cast<CompareOp>(w->index));
    case kWGetattribute: {
      check_args(w, nargs, 1, kw);
      Str* name = attr_name(args[0]);
      Value v = o->getattr(self, name);
      if (v.is_null()) {
        if (name->view() == "__class__") return Value(type_of(self));
        raise_attribute_error(self, name);
      }
      return v;
    }
    case kWSetattr:
      check_args(w, nargs, 2, kw);
      o->setattr(self, attr_name(args[0]), args[1]);
      return None();
    case kWDelattr:
      check_args(w, nargs, 1, kw);
      o->setattr(self, attr_name(args[0]), Value());
      return None();
    case kWCall: return o->call(self, args, nargs, kw);
    case kWIter: check_args(w, nargs, 0, kw); return o->iter(self);
    case kWNext: {
      check_args(w, nargs, 0, kw);
      Value r = o->iternext(self);
      if (r.is_null()) raise_stop_iteration();
      return r;
    }
    case kWLen: check_args(w, nargs, 0, kw); return make_int(o->len(self));
    case kWGetitem: check_args(w, nargs, 1, kw); return o->getitem(self, args[0]);
    case kWSetitem: check_args(w, nargs, 2, kw); o->setitem(self, args[0], args[1]); return None();
    case kWDelitem: check_args(w, nargs, 1, kw); o->setitem(self, args[0], Value()); return None();
    case kWContains: check_args(w, nargs, 1, kw); return from_bool(o->contains(self, args[0]));
    case kWNonzero: check_args(w, nargs, 0, kw); return from_bool(o->nonzero(self));
    case kWNbL: {
      if (w->index == kNbPow && nargs == 2 && !kw) {
        if (is_none(args[1])) return o->nb[kNbPow](self, args[0]);
        if (!o->nb_pow3) return NotImplemented();
        return o->nb_pow3(self, args[0], args[1]);
      }
      check_args(w, nargs, 1, kw);
      Value r = o->nb[w->index](self, args[0]);
      return is_sequence_owner(o) ? sequence_result(w->index, r, self, args[0]) : r;
    }
    case kWNbR: {
      check_args(w, nargs, 1, kw);
      Value r = o->nb[w->index](args[0], self);
      return is_sequence_owner(o) ? sequence_result(w->index, r, self, args[0]) : r;
    }
    case kWNbInplace: {
      check_args(w, nargs, 1, kw);
      Value r = o->nb_inplace[w->index](self, args[0]);
      return is_sequence_owner(o) ? sequence_result(w->index, r, self, args[0]) : r;
    }
    case kWUnary: check_args(w, nargs, 0, kw); return (o->*(w->unary))(self);
    case kWGet: {
      if (nargs < 1 || nargs > 2) raise_type_error("expected 1 or 2 arguments, got %zu", nargs);
      Value obj = is_none(args[0]) ? Value() : args[0];
      Value type = nargs == 2 && !is_none(args[1]) ? args[1] : Value();
      if (obj.is_null() && type.is_null()) raise_type_error("__get__(None, None) is invalid");
      return o->descr_get(self, obj, type.is_null() ? Value(type_of(obj)) : type);
    }
    case kWSet: check_args(w, nargs, 2, kw); o->descr_set(self, args[0], args[1]); return None();
    case kWDelete: check_args(w, nargs, 1, kw); o->descr_set(self, args[0], Value()); return None();
    case kWInit: {
      Value r = o->tp_init(self, args, nargs, kw);
      return r.is_null() ? None() : r;
    }
  }
  return None();
}

[[noreturn]] void needs_argument(SlotWrapper* w) {
  raise_type_error("descriptor '%s' of '%s' object needs an argument", w->name, w->owner->name);
}

void check_self(SlotWrapper* w, Value self) {
  if (is_subtype(type_of(self), w->owner)) return;
  raise_type_error("descriptor '%s' requires a '%s' object but received a '%s'", w->name, w->owner->name,
                   type_name(self));
}

Value slot_wrapper_call(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  SlotWrapper* w = callee.as<SlotWrapper>();
  size_t nkw = kw ? kw->len : 0;
  if (nargs < 1) needs_argument(w);
  (void)nkw;
  check_self(w, args[0]);
  return wrapper_invoke(w, args[0], args + 1, nargs - 1, kw);
}

Value slot_wrapper_get(Value self, Value obj, Value) {
  if (obj.is_null()) return self;
  SlotWrapper* w = self.as<SlotWrapper>();
  check_self(w, obj);
  MethodWrapper* m = new_object<MethodWrapper>(&MethodWrapperType);
  m->descr = w;
  m->self = obj;
  return Value(m);
}

Value slot_wrapper_repr(Value self) {
  SlotWrapper* w = self.as<SlotWrapper>();
  std::string s = "<slot wrapper '";
  s += w->name;
  s += "' of '";
  s += w->owner->name;
  s += "' objects>";
  return Value(str_new(s));
}

Value slot_wrapper_getattr(Value self, Str* name) {
  SlotWrapper* w = self.as<SlotWrapper>();
  std::string_view n = name->view();
  if (n == "__name__") return Value(str_intern(w->name));
  if (n == "__objclass__") return Value(w->owner);
  if (n == "__doc__") return None();
  return generic_getattr(self, name);
}

Value method_wrapper_call(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  MethodWrapper* m = callee.as<MethodWrapper>();
  return wrapper_invoke(m->descr, m->self, args, nargs, kw);
}

Value method_wrapper_repr(Value self) {
  MethodWrapper* m = self.as<MethodWrapper>();
  char buf[64];
  std::snprintf(buf, sizeof buf, " object at %p>", reinterpret_cast<void*>(m->self.bits));
  std::string s = "<method-wrapper '";
  s += m->descr->name;
  s += "' of ";
  s += type_name(m->self);
  s += buf;
  return Value(str_new(s));
}

Value method_wrapper_getattr(Value self, Str* name) {
  MethodWrapper* m = self.as<MethodWrapper>();
  std::string_view n = name->view();
  if (n == "__name__") return Value(str_intern(m->descr->name));
  if (n == "__self__") return m->self;
  if (n == "__objclass__") return Value(m->descr->owner);
  if (n == "__doc__") return None();
  return generic_getattr(self, name);
}

Value method_wrapper_richcompare(Value a, Value b, CompareOp op) {
  if ((op != kEq && op != kNe) || type_of(b) != &MethodWrapperType) return NotImplemented();
  MethodWrapper* x = a.as<MethodWrapper>();
  MethodWrapper* y = b.as<MethodWrapper>();
  bool eq = x->descr == y->descr && x->self == y->self;
  return from_bool(op == kEq ? eq : !eq);
}

// ---- __new__ ----

// `T.__new__(S, *args)`: callee is T (the builtin function's self).
Value tp_new_wrapper(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  Type* t = callee.as<Type>();
  if (nargs < 1) raise_type_error("%s.__new__(): not enough arguments", t->name);
  Value s = args[0];
  if (!is_type(s)) raise_type_error("%s.__new__(X): X is not a type object (%s)", t->name, type_name(s));
  Type* sub = s.as<Type>();
  if (!is_subtype(sub, t)) raise_type_error("%s.__new__(%s): %s is not a subtype of %s", t->name, sub->name, sub->name, t->name);
  // The most derived builtin base of sub must use this __new__.
  Type* staticbase = sub;
  while (staticbase && (staticbase->flags & kTypeHeap)) staticbase = staticbase->base;
  if (staticbase && staticbase->tp_new != t->tp_new)
    raise_type_error("%s.__new__(%s) is not safe, use %s.__new__()", t->name, sub->name, staticbase->name);
  return builtin_new_for(t, sub, args + 1, nargs - 1, kw);
}

SlotWrapper* make(Type* t, const char* name, int kind, int index = 0) {
  SlotWrapper* w = new_object<SlotWrapper>(&SlotWrapperType);
  w->name = name;
  w->owner = t;
  w->kind = kind;
  w->index = index;
  w->unary = nullptr;
  return w;
}

void put(Type* t, const char* name, Value v) {
  Str* k = str_intern(name, std::strlen(name));
  if (!dict_get_str(t->dict, k).is_null()) return;  // an explicit method table row wins
  dict_set(t->dict, Value(k), v);
}

void add(Type* t, const char* name, int kind, int index = 0) { put(t, name, Value(make(t, name, kind, index))); }

void register_slot_wrappers() {
  SlotWrapperType.name = "wrapper_descriptor";
  SlotWrapperType.call = slot_wrapper_call;
  SlotWrapperType.descr_get = slot_wrapper_get;
  SlotWrapperType.repr = slot_wrapper_repr;
  SlotWrapperType.getattr = slot_wrapper_getattr;
  type_ready(&SlotWrapperType);

  MethodWrapperType.name = "method-wrapper";
  MethodWrapperType.call = method_wrapper_call;
  MethodWrapperType.repr = method_wrapper_repr;
  MethodWrapperType.getattr = method_wrapper_getattr;
  MethodWrapperType.richcompare = method_wrapper_richcompare;
  type_ready(&MethodWrapperType);
}
TypeRegistrar reg(register_slot_wrappers);

}  // namespace

bool is_slot_wrapper(Value v) { return !v.is_small_int() && v.obj()->type == &SlotWrapperType; }

Type* slot_wrapper_owner(Value v) { return v.as<SlotWrapper>()->owner; }

// `own` holds the slots t filled itself (before inheritance from its base).
Value type_cmp_via_richcompare(Type* t, Value self, const Value* args, size_t nargs) {
  check_nargs("__cmp__", nargs, 1, 1);
  Value o = args[0];
  if (!is_subtype(type_of(o), t))
    raise_type_error("%s.__cmp__(x,y) requires y to be a '%s', not a '%s'", t->name, t->name, type_name(o));
  Value eq = t->richcompare(self, o, kEq);
  if (eq.bits == True().bits) return small_int(0);
  Value lt = t->richcompare(self, o, kLt);
  if (lt.bits == NotImplemented().bits) return small_int(self.bits < o.bits ? -1 : 1);
  return small_int(truth(lt) ? -1 : 1);
}

void add_slot_wrappers(Type* t, const Type& own) {
  if (own.repr) add(t, "__repr__", kWRepr);
  if (own.str) add(t, "__str__", kWStr);
  if (own.hash == hash_unhashable) put(t, "__hash__", None());
  else if (own.hash) add(t, "__hash__", kWHash);
  if (own.richcompare)
    for (int op = 0; op < 6; ++op) add(t, kRichNames[op], kWRich, op);
  if (own.getattr) add(t, "__getattribute__", kWGetattribute);
  if (own.setattr) {
    add(t, "__setattr__", kWSetattr);
    add(t, "__delattr__", kWDelattr);
  }
  if (own.call) add(t, "__call__", kWCall);
  if (own.iter) add(t, "__iter__", kWIter);
  if (own.iternext) add(t, "next", kWNext);
  if (own.len) add(t, "__len__", kWLen);
  if (own.getitem) add(t, "__getitem__", kWGetitem);
  if (own.setitem) {
    add(t, "__setitem__", kWSetitem);
    add(t, "__delitem__", kWDelitem);
  }
  if (own.contains) add(t, "__contains__", kWContains);
  if (own.nonzero) add(t, "__nonzero__", kWNonzero);
  for (int i = 0; i < kNbCount; ++i) {
    if (own.nb[i]) {
      add(t, kNbNames[i][0], kWNbL, i);
      add(t, kNbNames[i][1], kWNbR, i);
    }
    if (own.nb_inplace[i] && kNbInplaceNames[i]) add(t, kNbInplaceNames[i], kWNbInplace, i);
  }
  for (const UnaryRow& r : kUnaryRows) {
    if (own.*(r.slot)) {
      SlotWrapper* w = make(t, r.name, kWUnary);
      w->unary = r.slot;
      put(t, r.name, Value(w));
    }
  }
  if (own.descr_get) add(t, "__get__", kWGet);
  if (own.descr_set) {
    add(t, "__set__", kWSet);
    add(t, "__delete__", kWDelete);
  }
  if (own.tp_init) add(t, "__init__", kWInit);
  if (own.tp_new) put(t, "__new__", Value(builtin_function_new("__new__", tp_new_wrapper, Value(t))));
}

}  // namespace pytrans::rt
