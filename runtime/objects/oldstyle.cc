// SPDX-License-Identifier: Apache-2.0
// Old-style classes (type `classobj`) and their instances (type `instance`).
//
// 2.7 keeps them distinct from new-style classes and programs print the
// difference (facts section 9): depth-first, left-to-right attribute lookup
// with duplicates; special methods looked up on the instance first, and
// __getattr__ consulted for them too; "A instance has no attribute 'x'".
// TODO(protocols): number/comparison special methods and __coerce__ on
// instances are only partly wired (repr/str/call/len/getitem/iter/eq).
#include <cstring>
#include <string>

#include "core/frame.h"
#include "core/finalize.h"
#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/long.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

Type ClassObjType, InstanceType;

namespace {

Value class_lookup(ClassObj* c, Str* name) {
  Value v = dict_get_str(c->dict, name);
  if (!v.is_null()) return v;
  for (int64_t i = 0; i < c->bases->len; ++i) {
    Value b = c->bases->items[i];
    if (b.is_small_int() || b.obj()->type != &ClassObjType) continue;
    v = class_lookup(b.as<ClassObj>(), name);
    if (!v.is_null()) return v;
  }
  return Value();
}

Value bind(Value v, Value inst, ClassObj* c) {
  Type* t = type_of(v);
  if (t == &FunctionType) return method_new(v, inst, Value(c));
  if (t->descr_get) return t->descr_get(v, inst, Value(c));
  return v;
}

Value instance_getattr_raw(Value self, Str* name) {
  Instance* in = self.as<Instance>();
  std::string_view n = name->view();
  if (n == "__dict__") return Value(in->dict);
  if (n == "__class__") return Value(in->klass);
  Value v = dict_get_str(in->dict, name);
  if (!v.is_null()) return v;
  v = class_lookup(in->klass, name);
  if (!v.is_null()) return bind(v, self, in->klass);
  return Value();
}

Value instance_getattr(Value self, Str* name) {
  Value v = instance_getattr_raw(self, name);
  if (!v.is_null()) return v;
  Instance* in = self.as<Instance>();
  Value ga = class_lookup(in->klass, str_intern("__getattr__"));
  if (!ga.is_null()) {
    RecursionGuard levels(1, kWhileCalling);  // 2.7 calls the class's function (core/frame.h)
    return call(bind(ga, self, in->klass), Value(name));
  }
  return Value();
}

// A special method found on the instance (bound), called as 2.7's
// PyEval_CallObject calls it: counted in the recursion depth (core/frame.h).
template <class... A>
Value call_slot(Value m, A... a) {
  CCallGuard levels(m);
  return call(m, a...);
}

Value special(Value self, const char* name) {
  Str* n = str_intern(name);
  Value v = instance_getattr(self, n);
  return v;
}

[[noreturn]] void no_attr(Value self, const char* name) {
  raise_fmt(&AttributeErrorType, "%s instance has no attribute '%s'", self.as<Instance>()->klass->name->data, name);
}

void instance_setattr(Value self, Str* name, Value v) {
  Instance* in = self.as<Instance>();
  // __dict__ and __class__ come before any __setattr__/__delattr__ hook.
  if (name->view() == "__dict__") {
    if (v.is_null() || !is_dict(v)) raise_type_error("__dict__ must be set to a dictionary");
    in->dict = v.as<Dict>();
    return;
  }
  if (name->view() == "__class__") {
    if (v.is_null() || v.is_small_int() || v.obj()->type != &ClassObjType)
      raise_type_error("__class__ must be set to a class");
    in->klass = v.as<ClassObj>();
    return;
  }
  Value sa = class_lookup(in->klass, str_intern(v.is_null() ? "__delattr__" : "__setattr__"));
  if (!sa.is_null()) {
    if (v.is_null()) call(bind(sa, self, in->klass), Value(name));
    else call(bind(sa, self, in->klass), Value(name), v);
    return;
  }
  if (v.is_null()) {
    if (!dict_del(in->dict, Value(name))) no_attr(self, name->data);
    return;
  }
  dict_set(in->dict, Value(name), v);
}

Value instance_repr(Value self) {
  Value m = special(self, "__repr__");
  if (m.is_null()) {
    Instance* in = self.as<Instance>();
    Value mod = dict_get_str(in->klass->dict, str_intern("__module__"));
    char buf[64];
    std::snprintf(buf, sizeof buf, " instance at %p>", reinterpret_cast<void*>(self.bits));
    std::string s = "<";
    if (!mod.is_null() && is_str(mod)) {
      s += mod.as<Str>()->view();
      s += '.';
    }
    s += in->klass->name->view();
    s += buf;
    return Value(str_new(s));
  }
  return call_slot(m);
}

Value instance_str(Value self) {
  Value m = special(self, "__str__");
  if (m.is_null()) return instance_repr(self);
  return call_slot(m);
}

Value instance_call(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value m = special(self, "__call__");
  if (m.is_null()) raise_fmt(&AttributeErrorType, "%s instance has no __call__ method", self.as<Instance>()->klass->name->data);
  RecursionGuard instance_levels(1, kWhileCalling);  // calling the instance (core/frame.h)
  CCallGuard levels(m);
  return call_v(m, args, nargs, kw);
}

int64_t instance_len(Value self) {
  Value m = special(self, "__len__");
  if (m.is_null()) no_attr(self, "__len__");
  Value r = call_slot(m);
  if (!is_int(r)) raise_type_error("__len__() should return an int");
  if (int_value(r) < 0) raise_value_error("__len__() should return >= 0");
  return int_value(r);
}

Value instance_getitem(Value self, Value key) {
  Value m = special(self, "__getitem__");
  if (m.is_null()) no_attr(self, "__getitem__");
  return call_slot(m, key);
}

void instance_setitem(Value self, Value key, Value v) {
  Value m = special(self, v.is_null() ? "__delitem__" : "__setitem__");
  if (m.is_null()) no_attr(self, v.is_null() ? "__delitem__" : "__setitem__");
  if (v.is_null()) call_slot(m, key);
  else call_slot(m, key, v);
}

Value instance_iter(Value self) {
  Value m = special(self, "__iter__");
  if (!m.is_null()) return call_slot(m);
  if (special(self, "__getitem__").is_null()) raise_type_error("iteration over non-sequence");
  struct SeqIterLayout : Object { Value seq; int64_t index; };
  auto* it = new_object<SeqIterLayout>(&SeqIterType);
  it->seq = self;
  return Value(it);
}

Value instance_iternext(Value self) {
  Value m = special(self, "next");
  if (m.is_null()) raise_type_error("instance has no next() method");
  try {
    return call_slot(m);
  } catch (PyException& e) {
    Value exc = e.exc;
    if (exception_matches(exc, Value(&StopIterationType))) return Value();
    throw;
  }
}

int instance_nonzero(Value self) {
  Value m = special(self, "__nonzero__");
  if (m.is_null()) m = special(self, "__len__");
  if (m.is_null()) return 1;
  Value r = call_slot(m);
  if (!is_int(r)) raise_type_error("__nonzero__ should return an int");
  return int_value(r) != 0;
}

int instance_contains(Value self, Value item) {
  Value m = special(self, "__contains__");
  if (!m.is_null()) return truth(call_slot(m, item));
  // Without __contains__, iteration; 2.7 rewords any failure to start it.
  Value it;
  try {
    it = instance_iter(self);
  } catch (PyException&) {
    raise_type_error("argument of type 'instance' is not iterable");
  }
  for (Value x = next(it); !x.is_null(); x = next(it))
    if (equal(item, x)) return 1;
  return 0;
}

const char* const kRich[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
// a.__lt__(b) etc.; an AttributeError from __getattr__ means "not defined".
Value instance_richcompare(Value a, Value b, CompareOp op) {
  Value m = getattr_opt(a, str_intern(kRich[op]));
  if (!m.is_null()) return call_slot(m, b);
  return NotImplemented();  // __cmp__ and the default order: core/ops.cc
}

int64_t instance_hash(Value self) {
  Value m = special(self, "__hash__");
  if (!m.is_null()) {
    Value r = call_slot(m);
    if (!is_int(r)) raise_type_error("__hash__() should return an int");
    int64_t h = int_value(r);
    return h == -1 ? -2 : h;
  }
  if (!special(self, "__eq__").is_null() || !special(self, "__cmp__").is_null())
    raise_type_error("unhashable instance");
  uintptr_t p = self.bits;
  int64_t h = static_cast<int64_t>((p >> 4) | (p << 60));
  return h == -1 ? -2 : h;
}

const char* const kNb[kNbCount][2] = {
    {"__add__", "__radd__"}, {"__sub__", "__rsub__"}, {"__mul__", "__rmul__"}, {"__div__", "__rdiv__"},
    {"__truediv__", "__rtruediv__"}, {"__floordiv__", "__rfloordiv__"}, {"__mod__", "__rmod__"},
    {"__divmod__", "__rdivmod__"}, {"__pow__", "__rpow__"}, {"__lshift__", "__rlshift__"},
    {"__rshift__", "__rrshift__"}, {"__and__", "__rand__"}, {"__or__", "__ror__"}, {"__xor__", "__rxor__"}};

// 2.7's generic_binary_op: v.opname(w), NotImplemented if v has no such method.
Value generic_binary_op(Value v, Value w, const char* opname) {
  Value m = special(v, opname);
  if (m.is_null()) return NotImplemented();
  return call_slot(m, w);
}

// 2.7's half_binop: coerce v (an instance) with w first when its class
// defines __coerce__; if coercion turns v into something else, the operator
// starts over on the coerced pair.
Value half_binop(Value v, Value w, const char* opname, NumberSlot slot, bool swapped) {
  if (type_of(v) != &InstanceType) return NotImplemented();
  Value cf = special(v, "__coerce__");
  if (cf.is_null()) return generic_binary_op(v, w, opname);
  Value coerced = call(cf, w);
  if (is_none(coerced) || coerced == NotImplemented()) return generic_binary_op(v, w, opname);
  if (!is_tuple(coerced) || coerced.as<Tuple>()->len != 2)
    raise_type_error("coercion should return None or 2-tuple");
  Value v1 = coerced.as<Tuple>()->items[0];
  Value w1 = coerced.as<Tuple>()->items[1];
  if (type_of(v1) == &InstanceType) return generic_binary_op(v1, w1, opname);
  return swapped ? binary_op(w1, v1, slot) : binary_op(v1, w1, slot);
}

template <int Slot>
Value instance_nb(Value a, Value b) {
  Value r = half_binop(a, b, kNb[Slot][0], static_cast<NumberSlot>(Slot), false);
  if (r != NotImplemented()) return r;
  return half_binop(b, a, kNb[Slot][1], static_cast<NumberSlot>(Slot), true);
}

const char* const kNbInplace[kNbCount] = {
    "__iadd__", "__isub__", "__imul__", "__idiv__", "__itruediv__", "__ifloordiv__", "__imod__",
    nullptr, "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__"};

template <int Slot>
Value instance_nb_inplace(Value a, Value b) {
  if (!kNbInplace[Slot] || type_of(a) != &InstanceType) return NotImplemented();
  return generic_binary_op(a, b, kNbInplace[Slot]);
}

template <int... I>
void install_nb(std::integer_sequence<int, I...>) {
  ((InstanceType.nb[I] = instance_nb<I>, InstanceType.nb_inplace[I] = instance_nb_inplace<I>), ...);
}

Value unary(Value self, const char* name) {
  Value m = special(self, name);
  if (m.is_null()) no_attr(self, name);
  return call_slot(m);
}
Value instance_neg(Value v) { return unary(v, "__neg__"); }
Value instance_pos(Value v) { return unary(v, "__pos__"); }
Value instance_abs(Value v) { return unary(v, "__abs__"); }
Value instance_invert(Value v) { return unary(v, "__invert__"); }
// int() of an instance: __int__, else __trunc__ (whose AttributeError is the
// one reported when neither exists), converted on to an int or long.
Value instance_int(Value v) {
  if (!special(v, "__int__").is_null()) return unary(v, "__int__");
  Value r = unary(v, "__trunc__");
  if (is_int(r) || is_long(r)) return r;
  Type* t = type_of(r);
  Value i = t->nb_int ? t->nb_int(r) : Value();
  if (i.is_null() || (!is_int(i) && !is_long(i)))
    raise_type_error("__trunc__ returned non-Integral (type %s)", type_name(r));
  return i;
}
Value instance_float(Value v) { return unary(v, "__float__"); }
Value instance_long(Value v) {
  if (special(v, "__long__").is_null()) return instance_int(v);
  return unary(v, "__long__");
}
Value instance_hex(Value v) { return unary(v, "__hex__"); }
Value instance_oct(Value v) { return unary(v, "__oct__"); }
// Every instance counts as an index in 2.7 (its type has the slot), so one
// without __index__ fails here, whatever the caller would say of a non-index.
Value instance_index(Value v) {
  Value m = special(v, "__index__");
  if (m.is_null()) raise_type_error("object cannot be interpreted as an index");
  Value r = call_slot(m);
  if (!is_int(r) && !is_long(r)) raise_type_error("__index__ returned non-(int,long) (type %s)", type_name(r));
  return r;
}

// ---- classobj ----

Value class_getattr(Value self, Str* name) {
  ClassObj* c = self.as<ClassObj>();
  std::string_view n = name->view();
  if (n == "__name__") return Value(c->name);
  if (n == "__bases__") return Value(c->bases);
  if (n == "__dict__") return Value(c->dict);
  Value v = class_lookup(c, name);
  if (v.is_null()) return Value();
  Type* t = type_of(v);
  if (t == &FunctionType) return method_new(v, Value(), self);
  if (t->descr_get) return t->descr_get(v, Value(), self);
  return v;
}

bool class_inherits(ClassObj* c, ClassObj* base) {
  if (c == base) return true;
  for (int64_t i = 0; i < c->bases->len; ++i)
    if (class_inherits(c->bases->items[i].as<ClassObj>(), base)) return true;
  return false;
}

// __dict__, __bases__ and __name__ of a class can be replaced (never
// deleted) by values of the right kind, with 2.7's TypeErrors.
bool class_set_special(ClassObj* c, std::string_view n, Value v) {
  if (n == "__dict__") {
    if (v.is_null() || !is_dict(v)) raise_type_error("__dict__ must be a dictionary object");
    c->dict = v.as<Dict>();
    return true;
  }
  if (n == "__bases__") {
    if (v.is_null() || !is_tuple(v)) raise_type_error("__bases__ must be a tuple object");
    Tuple* bases = v.as<Tuple>();
    for (int64_t i = 0; i < bases->len; ++i) {
      Value b = bases->items[i];
      if (b.is_small_int() || b.obj()->type != &ClassObjType) raise_type_error("__bases__ items must be classes");
      if (class_inherits(b.as<ClassObj>(), c)) raise_type_error("a __bases__ item causes an inheritance cycle");
    }
    c->bases = bases;
    return true;
  }
  if (n == "__name__") {
    if (v.is_null() || !is_str(v)) raise_type_error("__name__ must be a string object");
    Str* s = v.as<Str>();
    if (std::memchr(s->data, 0, static_cast<size_t>(s->len))) raise_type_error("__name__ must not contain null bytes");
    c->name = s;
    return true;
  }
  return false;
}

void class_setattr(Value self, Str* name, Value v) {
  type_modified();
  ClassObj* c = self.as<ClassObj>();
  if (class_set_special(c, name->view(), v)) return;
  if (v.is_null()) {
    if (!dict_del(c->dict, Value(name)))
      raise_fmt(&AttributeErrorType, "class %s has no attribute '%s'", c->name->data, name->data);
    return;
  }
  dict_set(c->dict, Value(name), v);
}

Value class_call(Value self, const Value* args, size_t nargs, Tuple* kw) {
  ClassObj* c = self.as<ClassObj>();
  Instance* in = new_object<Instance>(&InstanceType);
  in->klass = c;
  in->dict = dict_new();
  if (!class_lookup(c, str_intern("__del__")).is_null()) register_del_finalizer(Value(in));
  Value init = class_lookup(c, str_intern("__init__"));
  if (!init.is_null()) {
    Value r = call_v(bind(init, Value(in), c), args, nargs, kw);
    if (!is_none(r)) raise_type_error("__init__() should return None");
  } else if (nargs || (kw && kw->len)) {
    raise_type_error("this constructor takes no arguments");
  }
  return Value(in);
}

Value class_repr(Value self) {
  ClassObj* c = self.as<ClassObj>();
  Value mod = dict_get_str(c->dict, str_intern("__module__"));
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p>", reinterpret_cast<void*>(self.bits));
  std::string s = "<class ";
  if (!mod.is_null() && is_str(mod)) {
    s += mod.as<Str>()->view();
    s += '.';
  }
  s += c->name->view();
  s += buf;
  return Value(str_new(s));
}

Value class_str(Value self) {
  ClassObj* c = self.as<ClassObj>();
  Value mod = dict_get_str(c->dict, str_intern("__module__"));
  std::string s;
  if (!mod.is_null() && is_str(mod)) {
    s += mod.as<Str>()->view();
    s += '.';
  }
  s += c->name->view();
  return Value(str_new(s));
}

void register_oldstyle() {
  ClassObjType.name = "classobj";
  ClassObjType.getattr = class_getattr;
  ClassObjType.setattr = class_setattr;
  ClassObjType.call = class_call;
  ClassObjType.repr = class_repr;
  ClassObjType.str = class_str;
  type_ready(&ClassObjType);

  InstanceType.name = "instance";
  InstanceType.getattr = instance_getattr;
  InstanceType.setattr = instance_setattr;
  InstanceType.repr = instance_repr;
  InstanceType.str = instance_str;
  InstanceType.call = instance_call;
  InstanceType.len = instance_len;
  InstanceType.getitem = instance_getitem;
  InstanceType.setitem = instance_setitem;
  InstanceType.iter = instance_iter;
  InstanceType.iternext = instance_iternext;
  InstanceType.nonzero = instance_nonzero;
  InstanceType.contains = instance_contains;
  InstanceType.richcompare = instance_richcompare;
  InstanceType.hash = instance_hash;
  install_nb(std::make_integer_sequence<int, kNbCount>());
  InstanceType.nb_neg = instance_neg;
  InstanceType.nb_pos = instance_pos;
  InstanceType.nb_abs = instance_abs;
  InstanceType.nb_invert = instance_invert;
  InstanceType.nb_int = instance_int;
  InstanceType.nb_float = instance_float;
  InstanceType.nb_long = instance_long;
  InstanceType.nb_hex = instance_hex;
  InstanceType.nb_oct = instance_oct;
  InstanceType.nb_index = instance_index;
  type_ready(&InstanceType);
}
TypeRegistrar reg(register_oldstyle);

}  // namespace

// 2.7's PyNumber_CoerceEx when an instance is involved: a.__coerce__(b),
// else b.__coerce__(a) (looked up like any attribute, __getattr__ included;
// a missing method is no coercion). True when one of them returned a pair.
bool instance_coerce(Value* a, Value* b) {
  for (int side = 0; side < 2; ++side) {
    Value x = side ? *b : *a, y = side ? *a : *b;
    if (type_of(x) != &InstanceType) continue;
    Value cf = getattr_opt(x, str_intern("__coerce__"));
    if (cf.is_null()) continue;
    Value r = call(cf, y);
    if (is_none(r) || r == NotImplemented()) continue;
    if (!is_tuple(r) || r.as<Tuple>()->len != 2) raise_type_error("coercion should return None or 2-tuple");
    Value x1 = r.as<Tuple>()->items[0], y1 = r.as<Tuple>()->items[1];
    *a = side ? y1 : x1;
    *b = side ? x1 : y1;
    return true;
  }
  return false;
}

namespace {

// v.__cmp__(w) of an instance: -1/0/1, or 2 when v has no __cmp__ or it
// returns NotImplemented.
int half_cmp(Value v, Value w) {
  Value m = getattr_opt(v, str_intern("__cmp__"));
  if (m.is_null()) return 2;
  Value r = call(m, w);
  if (r == NotImplemented()) return 2;
  if (is_long(r) && mpz_fits_slong_p(r.as<Long>()->z)) return mpz_sgn(r.as<Long>()->z);
  if (!is_int(r)) raise_type_error("comparison did not return an int");
  int64_t c = int_value(r);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

}  // namespace

// 2.7's three-way comparison when a or b is an old-style instance: coerce
// first; if that leaves no instance, compare the coerced values; else the
// instances' __cmp__, a's first, b's reflected. 2 when nothing decides.
int instance_compare(Value a, Value b) {
  Value v = a, w = b;
  if (instance_coerce(&v, &w) && type_of(v) != &InstanceType && type_of(w) != &InstanceType) return cmp3(v, w);
  if (type_of(v) == &InstanceType) {
    int c = half_cmp(v, w);
    if (c <= 1) return c;
  }
  if (type_of(w) == &InstanceType) {
    int c = half_cmp(w, v);
    if (c <= 1) return -c;
  }
  return 2;
}

Value build_oldstyle_class(Str* name, Tuple* bases, Dict* ns) {
  for (int64_t i = 0; i < bases->len; ++i) {
    Value b = bases->items[i];
    if (b.is_small_int() || b.obj()->type != &ClassObjType)
      raise_type_error("Error when calling the metaclass bases\n    a new-style class can't have only classic bases");
  }
  ClassObj* c = new_object<ClassObj>(&ClassObjType);
  c->name = name;
  c->bases = bases;
  c->dict = ns;
  if (dict_get_str(ns, str_intern("__doc__")).is_null()) dict_set(ns, Value(str_intern("__doc__")), None());
  return Value(c);
}

}  // namespace pytrans::rt
