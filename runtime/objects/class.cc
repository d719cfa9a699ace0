// SPDX-License-Identifier: Apache-2.0
// Classes defined by `class` statements.
//
// New-style classes become heap Types. Instead of CPython's per-slot
// fix-ups, every slot of a heap type points at a generic function here that
// looks the special method up along the MRO when called (so assigning
// C.__add__ later just works) and, if no Python class in the MRO defines
// it, falls back to the slot of the nearest builtin base (the "solid base":
// object, int, list, dict, Exception...). Instances get a __dict__ unless
// the solid base already has one.
//
// Old-style classes (`class A:` with no new-style base) are ClassObj /
// Instance objects with 2.7's depth-first lookup; see oldstyle.cc.
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
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

Value build_oldstyle_class(Str* name, Tuple* bases, Dict* ns);  // oldstyle.cc
Value staticmethod_new(Value f);                                // descriptors.cc

namespace {

// The nearest builtin type in t's MRO.
Type* solid_base(Type* t) {
  for (int64_t i = 0; i < t->mro->len; ++i) {
    Value k = t->mro->items[i];
    if (is_type(k) && !(k.as<Type>()->flags & kTypeHeap)) return k.as<Type>();
  }
  return &ObjectType;
}

Value lookup_special(Value self, const char* name) {
  return type_lookup(type_of(self), str_intern(name));
}

// Calls a special method found on the type with self prepended.
Value call_special(Value meth, Value self, std::initializer_list<Value> args) {
  Type* mt = type_of(meth);
  if (mt == &FunctionType) {
    Value a[4];
    a[0] = self;
    size_t n = 1;
    for (Value v : args) a[n++] = v;
    return meth.as<Function>()->entry(meth, a, n, nullptr);
  }
  Value bound = mt->descr_get ? mt->descr_get(meth, self, Value(type_of(self))) : meth;
  return call_v(bound, args.begin(), args.size());
}

#define SOLID(self) solid_base(type_of(self))

Value slot_repr(Value self) {
  Value m = lookup_special(self, "__repr__");
  if (m.is_null()) return SOLID(self)->repr(self);
  return call_special(m, self, {});
}

Value slot_str(Value self) {
  Value m = lookup_special(self, "__str__");
  if (m.is_null()) {
    Type* b = SOLID(self);
    return b->str ? b->str(self) : slot_repr(self);
  }
  return call_special(m, self, {});
}

int64_t slot_hash(Value self) {
  Value m = lookup_special(self, "__hash__");
  if (m.is_null()) return SOLID(self)->hash(self);
  if (is_none(m)) raise_type_error("unhashable type: '%s'", type_name(self));
  Value r = call_special(m, self, {});
  if (is_int(r)) {
    int64_t h = int_value(r);
    return h == -1 ? -2 : h;
  }
  return hash(r);  // longs: hash of the value
}

const char* const kRichNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

Value slot_richcompare(Value a, Value b, CompareOp op) {
  Value m = lookup_special(a, kRichNames[op]);
  if (!m.is_null()) return call_special(m, a, {b});
  Value c = lookup_special(a, "__cmp__");
  if (!c.is_null()) {
    Value r = call_special(c, a, {b});
    if (r == NotImplemented()) return r;
    if (!is_int(r)) raise_type_error("comparison did not return an int");
    return from_bool(cmp_small(int_value(r), 0, op));
  }
  Type* b0 = SOLID(a);
  if (b0->richcompare) return b0->richcompare(a, b, op);
  return NotImplemented();
}

Value slot_getattr(Value self, Str* name) {
  Value ga = lookup_special(self, "__getattribute__");
  Value v;
  if (!ga.is_null()) {
    try {
      v = call_special(ga, self, {Value(name)});
    } catch (PyException& e) {
      Value exc = e.exc;
      if (!exception_matches(exc, Value(&AttributeErrorType))) throw;
      Value g = lookup_special(self, "__getattr__");
      if (g.is_null()) throw;
      return call_special(g, self, {Value(name)});
    }
    return v;
  }
  Type* b = SOLID(self);
  v = b->getattr ? b->getattr(self, name) : generic_getattr(self, name);
  if (!v.is_null()) return v;
  Value g = lookup_special(self, "__getattr__");
  if (!g.is_null()) return call_special(g, self, {Value(name)});
  return Value();
}

void slot_setattr(Value self, Str* name, Value v) {
  if (v.is_null()) {
    Value m = lookup_special(self, "__delattr__");
    if (!m.is_null()) {
      call_special(m, self, {Value(name)});
      return;
    }
  } else {
    Value m = lookup_special(self, "__setattr__");
    if (!m.is_null()) {
      call_special(m, self, {Value(name), v});
      return;
    }
  }
  Type* b = SOLID(self);
  if (b->setattr) b->setattr(self, name, v);
  else generic_setattr(self, name, v);
}

Value slot_call(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value m = lookup_special(self, "__call__");
  if (m.is_null()) raise_type_error("'%s' object is not callable", type_name(self));
  Value bound = type_of(m)->descr_get ? type_of(m)->descr_get(m, self, Value(type_of(self))) : m;
  return call_v(bound, args, nargs, kw);
}

Value slot_iter(Value self) {
  Value m = lookup_special(self, "__iter__");
  if (m.is_null()) {
    Type* b = SOLID(self);
    if (b->iter) return b->iter(self);
    if (!lookup_special(self, "__getitem__").is_null()) {
          return iter(self);
    }
    raise_type_error("'%s' object is not iterable", type_name(self));
  }
  return call_special(m, self, {});
}

Value slot_iternext(Value self) {
  Value m = lookup_special(self, "next");
  if (m.is_null()) {
    Type* b = SOLID(self);
    if (b->iternext) return b->iternext(self);
    raise_type_error("%s object is not an iterator", type_name(self));
  }
  try {
    return call_special(m, self, {});
  } catch (PyException& e) {
    Value exc = e.exc;
    if (exception_matches(exc, Value(&StopIterationType))) return Value();
    throw;
  }
}

int64_t slot_len(Value self) {
  Value m = lookup_special(self, "__len__");
  if (m.is_null()) {
    Type* b = SOLID(self);
    if (b->len) return b->len(self);
    raise_type_error("object of type '%s' has no len()", type_name(self));
  }
  Value r = call_special(m, self, {});
  if (!is_int(r)) raise_type_error("an integer is required");
  int64_t n = int_value(r);
  if (n < 0) raise_value_error("__len__() should return >= 0");
  return n;
}

Value slot_getitem(Value self, Value key) {
  Value m = lookup_special(self, "__getitem__");
  if (m.is_null()) {
    Type* b = SOLID(self);
    if (b->getitem) return b->getitem(self, key);
    raise_type_error("'%s' object does not support indexing", type_name(self));
  }
  return call_special(m, self, {key});
}

void slot_setitem(Value self, Value key, Value v) {
  Value m = lookup_special(self, v.is_null() ? "__delitem__" : "__setitem__");
  if (m.is_null()) {
    Type* b = SOLID(self);
    if (b->setitem) return b->setitem(self, key, v);
    if (v.is_null()) raise_type_error("'%s' object doesn't support item deletion", type_name(self));
    raise_type_error("'%s' object does not support item assignment", type_name(self));
  }
  if (v.is_null()) call_special(m, self, {key});
  else call_special(m, self, {key, v});
}

int slot_contains(Value self, Value item) {
  Value m = lookup_special(self, "__contains__");
  if (m.is_null()) {
    Type* b = SOLID(self);
    if (b->contains) return b->contains(self, item);
    Value it = iter(self);
    for (Value x = next(it); !x.is_null(); x = next(it))
      if (equal(x, item)) return 1;
    return 0;
  }
  return truth(call_special(m, self, {item}));
}

int slot_nonzero(Value self) {
  Value m = lookup_special(self, "__nonzero__");
  if (!m.is_null()) {
    Value r = call_special(m, self, {});
    if (!is_int(r)) raise_type_error("__nonzero__ should return bool or int, returned %s", type_name(r));
    return int_value(r) != 0;
  }
  Value l = lookup_special(self, "__len__");
  if (!l.is_null()) return slot_len(self) != 0;
  Type* b = SOLID(self);
  if (b->nonzero) return b->nonzero(self);
  if (b->len) return b->len(self) != 0;
  return 1;
}

// Binary number slots: __op__ on the left operand's class, __rop__ on the right's.
const char* const kNbNames[kNbCount][2] = {
    {"__add__", "__radd__"}, {"__sub__", "__rsub__"}, {"__mul__", "__rmul__"}, {"__div__", "__rdiv__"},
    {"__truediv__", "__rtruediv__"}, {"__floordiv__", "__rfloordiv__"}, {"__mod__", "__rmod__"},
    {"__divmod__", "__rdivmod__"}, {"__pow__", "__rpow__"}, {"__lshift__", "__rlshift__"},
    {"__rshift__", "__rrshift__"}, {"__and__", "__rand__"}, {"__or__", "__ror__"}, {"__xor__", "__rxor__"}};
const char* const kNbInplaceNames[kNbCount] = {
    "__iadd__", "__isub__", "__imul__", "__idiv__", "__itruediv__", "__ifloordiv__", "__imod__",
    nullptr, "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__"};

template <int Slot>
Value slot_nb(Value a, Value b) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  bool a_heap = ta->flags & kTypeHeap, b_heap = tb->flags & kTypeHeap;
  if (a_heap) {
    Value m = type_lookup(ta, str_intern(kNbNames[Slot][0]));
    if (!m.is_null()) {
      Value r = call_special(m, a, {b});
      if (r != NotImplemented()) return r;
    } else if (BinaryFn f = solid_base(ta)->nb[Slot]) {
      Value r = f(a, b);
      if (r != NotImplemented()) return r;
    }
  }
  if (b_heap && (ta != tb || !a_heap)) {
    Value m = type_lookup(tb, str_intern(kNbNames[Slot][1]));
    if (!m.is_null()) return call_special(m, b, {a});
    if (BinaryFn f = solid_base(tb)->nb[Slot]) return f(a, b);
  }
  return NotImplemented();
}

template <int Slot>
Value slot_nb_inplace(Value a, Value b) {
  if (!kNbInplaceNames[Slot]) return NotImplemented();
  Value m = type_lookup(type_of(a), str_intern(kNbInplaceNames[Slot]));
  if (m.is_null()) {
    if (BinaryFn f = solid_base(type_of(a))->nb_inplace[Slot]) return f(a, b);
    return NotImplemented();
  }
  return call_special(m, a, {b});
}

Value unary_special(Value self, const char* name, UnaryFn Type::*slot, const char* sym) {
  Value m = lookup_special(self, name);
  if (m.is_null()) {
    Type* b = SOLID(self);
    if (b->*slot) return (b->*slot)(self);
    raise_type_error("bad operand type for %s: '%s'", sym, type_name(self));
  }
  return call_special(m, self, {});
}
Value slot_neg(Value v) { return unary_special(v, "__neg__", &Type::nb_neg, "unary -"); }
Value slot_pos(Value v) { return unary_special(v, "__pos__", &Type::nb_pos, "unary +"); }
Value slot_invert(Value v) { return unary_special(v, "__invert__", &Type::nb_invert, "unary ~"); }
Value slot_abs(Value v) { return unary_special(v, "__abs__", &Type::nb_abs, "abs()"); }
Value slot_int(Value v) { return unary_special(v, "__int__", &Type::nb_int, "int()"); }
Value slot_long(Value v) { return unary_special(v, "__long__", &Type::nb_long, "long()"); }
Value slot_float(Value v) { return unary_special(v, "__float__", &Type::nb_float, "float()"); }
Value slot_index(Value v) { return unary_special(v, "__index__", &Type::nb_index, "index"); }

Value slot_descr_get(Value self, Value obj, Value type) {
  Value m = lookup_special(self, "__get__");
  if (m.is_null()) return self;
  return call_special(m, self, {obj.is_null() ? None() : obj, type.is_null() ? None() : type});
}
void slot_descr_set(Value self, Value obj, Value v) {
  Value m = lookup_special(self, v.is_null() ? "__delete__" : "__set__");
  if (m.is_null()) raise_fmt(&AttributeErrorType, v.is_null() ? "__delete__" : "__set__");
  if (v.is_null()) call_special(m, self, {obj});
  else call_special(m, self, {obj, v});
}

Value slot_new(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  Type* t = callee.as<Type>();
  Value m = type_lookup(t, str_intern("__new__"));
  if (!m.is_null() && type_of(m) != &BuiltinFunctionType) {
    // __new__ is a staticmethod: call with the class prepended.
    Value f = type_of(m)->descr_get ? type_of(m)->descr_get(m, Value(), callee) : m;
    size_t total = nargs + (kw ? kw->len : 0);
    std::vector<Value> a(total + 1);
    a[0] = callee;
    for (size_t i = 0; i < total; ++i) a[i + 1] = args[i];
    return call_v(f, a.data(), nargs + 1, kw);
  }
  Type* b = solid_base(t);
  if (b == &ObjectType) {
    Value init = type_lookup(t, str_intern("__init__"));
    if ((nargs || kw) && init.is_null()) raise_type_error("object() takes no parameters");
    return Value(new_object<Object>(t, t->instance_size));
  }
  return b->tp_new(callee, args, nargs, kw);
}

Value slot_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value m = lookup_special(self, "__init__");
  if (m.is_null() || type_of(m) == &MethodDescrType) {
    Type* b = SOLID(self);
    if (b != &ObjectType && b->tp_init) return b->tp_init(self, args, nargs, kw);
    return None();
  }
  Value bound = type_of(m)->descr_get ? type_of(m)->descr_get(m, self, Value(type_of(self))) : m;
  Value r = call_v(bound, args, nargs, kw);
  if (!is_none(r)) raise_type_error("__init__() should return None, not '%s'", type_name(r));
  return r;
}

template <int... I>
void install_nb(Type* t, std::integer_sequence<int, I...>) {
  ((t->nb[I] = slot_nb<I>, t->nb_inplace[I] = slot_nb_inplace<I>), ...);
}

Type* best_metatype(Tuple* bases, Dict* ns) {
  Value meta = dict_get_str(ns, str_intern("__metaclass__"));
  if (!meta.is_null()) return is_type(meta) ? meta.as<Type>() : nullptr;
  Type* winner = &TypeType;
  for (int64_t i = 0; i < bases->len; ++i) {
    Type* mt = type_of(bases->items[i]);
    if (mt == &ClassObjType) continue;
    if (is_subtype(mt, winner)) winner = mt;
  }
  return winner;
}

// C3 linearisation; raises TypeError on inconsistent hierarchies.
Tuple* compute_mro(Type* t, Tuple* bases) {
  std::vector<std::vector<Value>> seqs;
  for (int64_t i = 0; i < bases->len; ++i) {
    Value b = bases->items[i];
    std::vector<Value> s;
    if (is_type(b)) {
      Tuple* m = b.as<Type>()->mro;
      s.assign(m->items, m->items + m->len);
    } else {
      s.push_back(b);  // old-style base in a new-style class
    }
    seqs.push_back(s);
  }
  seqs.emplace_back(bases->items, bases->items + bases->len);
  std::vector<Value> result{Value(t)};
  for (;;) {
    bool empty = true;
    for (auto& s : seqs) empty &= s.empty();
    if (empty) break;
    Value cand;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      Value c = s.front();
      bool in_tail = false;
      for (auto& o : seqs)
        for (size_t j = 1; j < o.size(); ++j) in_tail |= o[j] == c;
      if (!in_tail) {
        cand = c;
        break;
      }
    }
    if (cand.is_null())
      raise_type_error("Error when calling the metaclass bases\n    Cannot create a consistent method resolution\norder (MRO) for bases %s",
                       [&] {
                         std::string names;
                         for (int64_t i = 0; i < bases->len; ++i) {
                           if (i) names += ", ";
                           names += getattr(bases->items[i], str_intern("__name__")).as<Str>()->view();
                         }
                         return names;
                       }().c_str());
    result.push_back(cand);
    for (auto& s : seqs)
      if (!s.empty() && s.front() == cand) s.erase(s.begin());
  }
  return tuple_from(result.data(), result.size());
}

}  // namespace

Value type_new_heap(Type* meta, Str* name, Tuple* bases, Dict* ns) {
  if (bases->len == 0) bases = tuple_of({Value(&ObjectType)});
  Type* t = static_cast<Type*>(gc_alloc(meta->instance_size > sizeof(Type) ? meta->instance_size : sizeof(Type)));
  new (t) Type();
  t->type = meta;
  t->name = name->data;
  t->flags = kTypeHeap | kTypeBaseOk;
  t->dict = ns;
  t->bases = bases;
  Type* base = nullptr;
  for (int64_t i = 0; i < bases->len; ++i) {
    Value b = bases->items[i];
    if (!is_type(b)) continue;
    Type* bt = b.as<Type>();
    if (!(bt->flags & kTypeBaseOk))
      raise_type_error("Error when calling the metaclass bases\n    type '%s' is not an acceptable base type", bt->name);
    if (!base) base = bt;
  }
  t->base = base ? base : &ObjectType;
  t->mro = compute_mro(t, bases);
  for (int64_t i = 0; i < bases->len; ++i)
    if (is_type(bases->items[i])) t->flags |= bases->items[i].as<Type>()->flags &
                                             (kTypeIntSubclass | kTypeLongSubclass | kTypeStrSubclass | kTypeUnicodeSubclass |
                                              kTypeTupleSubclass | kTypeListSubclass | kTypeDictSubclass | kTypeTypeSubclass |
                                              kTypeExcSubclass | kTypeFloatSubclass);
  Type* solid = solid_base(t);
  size_t size = t->base->instance_size ? t->base->instance_size : sizeof(Object);
  t->dict_offset = t->base->dict_offset;
  if (!t->dict_offset && dict_get_str(ns, str_intern("__slots__")).is_null()) {
    // Room for an instance dict after the base layout (variable-size bases
    // like tuple/str keep the dict pointer before their items instead).
    t->dict_offset = static_cast<ptrdiff_t>(size);
    size += sizeof(Dict*);
  }
  t->instance_size = size;
  (void)solid;
  t->repr = slot_repr;
  t->str = slot_str;
  t->hash = slot_hash;
  t->richcompare = slot_richcompare;
  t->getattr = slot_getattr;
  t->setattr = slot_setattr;
  t->call = slot_call;
  t->iter = slot_iter;
  t->iternext = slot_iternext;
  t->len = slot_len;
  t->getitem = slot_getitem;
  t->setitem = slot_setitem;
  t->contains = slot_contains;
  t->nonzero = slot_nonzero;
  install_nb(t, std::make_integer_sequence<int, kNbCount>());
  t->nb_neg = slot_neg;
  t->nb_pos = slot_pos;
  t->nb_invert = slot_invert;
  t->nb_abs = slot_abs;
  t->nb_int = slot_int;
  t->nb_long = slot_long;
  t->nb_float = slot_float;
  t->nb_index = slot_index;
  if (!type_lookup(t, str_intern("__get__")).is_null()) t->descr_get = slot_descr_get;
  if (!type_lookup(t, str_intern("__set__")).is_null() || !type_lookup(t, str_intern("__delete__")).is_null())
    t->descr_set = slot_descr_set;
  // Slots the class does not define stay null where "absent" has meaning.
  if (type_lookup(t, str_intern("__call__")).is_null() && !solid->call) t->call = nullptr;
  if (type_lookup(t, str_intern("next")).is_null() && !solid->iternext) t->iternext = nullptr;
  if (type_lookup(t, str_intern("__iter__")).is_null() && type_lookup(t, str_intern("__getitem__")).is_null() && !solid->iter)
    t->iter = nullptr;
  if (type_lookup(t, str_intern("__len__")).is_null() && !solid->len) t->len = nullptr;
  if (type_lookup(t, str_intern("__getitem__")).is_null() && !solid->getitem) t->getitem = nullptr;
  if (type_lookup(t, str_intern("__setitem__")).is_null() && type_lookup(t, str_intern("__delitem__")).is_null() && !solid->setitem)
    t->setitem = nullptr;
  if (type_lookup(t, str_intern("__contains__")).is_null() && !solid->contains) t->contains = nullptr;
  t->tp_new = slot_new;
  t->tp_init = slot_init;
  if (dict_get_str(ns, str_intern("__module__")).is_null()) dict_set(ns, Value(str_intern("__module__")), Value(str_intern("__main__")));
  if (dict_get_str(ns, str_intern("__doc__")).is_null()) dict_set(ns, Value(str_intern("__doc__")), None());
  // __new__ defined as a plain function is implicitly a staticmethod.
  Value nw = dict_get_str(ns, str_intern("__new__"));
  if (!nw.is_null() && type_of(nw) == &FunctionType) {
    dict_set(ns, Value(str_intern("__new__")), staticmethod_new(nw));
  }
  return Value(t);
}

Value build_class(Str* name, Tuple* bases, Dict* ns) {
  Value meta = dict_get_str(ns, str_intern("__metaclass__"));
  if (meta.is_null()) {
    bool any_newstyle = false;
    for (int64_t i = 0; i < bases->len; ++i) {
      Value b = bases->items[i];
      if (is_type(b)) any_newstyle = true;
    }
    if (!any_newstyle && bases->len > 0) {
      // All bases old-style (or something with a __class__): old-style class.
      return build_oldstyle_class(name, bases, ns);
    }
    if (bases->len == 0) {
      Value gm;  // module-level __metaclass__ is handled by the emitter
      return build_oldstyle_class(name, bases, ns);
    }
    Type* mt = best_metatype(bases, ns);
    if (mt == &TypeType) return type_new_heap(mt, name, bases, ns);
    meta = Value(mt);
  }
  return call(meta, Value(name), Value(bases), Value(ns));
}

}  // namespace pytrans::rt
