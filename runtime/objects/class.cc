// SPDX-License-Identifier: Apache-2.0
// Classes defined by `class` statements (and type(name, bases, dict)).
//
// New-style classes become heap Types. Every slot of a heap type points at a
// generic function here that looks the special method up along the MRO when
// called and, if no Python class in the MRO defines it (a builtin's slot
// wrapper found in the MRO counts as "not defined"), falls back to the slot
// of the nearest builtin base (the "solid base": object, int, list, dict,
// Exception...). install_slots() decides once which slots exist at all
// (callable(), len(), iter() must see "absent"), and re-runs for the class
// and its subclasses when a special method is assigned later (C.__len__ = f).
//
// Instance layout: the solid base's struct, then one Value per __slots__
// name (member descriptors), then the instance-dict pointer unless
// __slots__ omits '__dict__'. str/unicode keep the dict pointer in their
// header, tuple subclasses after the items (kDictAfterItems).
//
// Metaclasses: build_class picks 2.7's metaclass (__metaclass__ in the
// body, else the first base's type, else the module's __metaclass__, else
// classobj) and calls it; type.__new__ ends in type_new_heap.
//
// __del__ is best effort: instances of a class defining it get a collector
// finalizer that runs it at a later safe point (core/finalize.cc), not at
// the moment 2.7's reference count would drop to zero.
//
// Old-style classes (`class A:` with no new-style base) are ClassObj /
// Instance objects with 2.7's depth-first lookup; see oldstyle.cc.
#include <algorithm>
#include <cctype>
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
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/long.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode.h"

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

// A special method defined in Python somewhere in t's MRO; null when absent
// or when what the MRO holds is a builtin base's slot wrapper (the caller
// then uses the solid base's slot directly).
Value lookup_py(Type* t, Str* name) {
  Value v = type_lookup(t, name);
  if (!v.is_null() && is_slot_wrapper(v)) return Value();
  return v;
}

// An interned name, computed once per call site.
#define PT_NAME(s) ([]() -> Str* { static Str* const n = str_intern(s); return n; }())

Value lookup_special(Value self, Str* name) { return lookup_py(type_of(self), name); }

// Calls a special method found on the type with self prepended.
Value call_special(Value meth, Value self, std::initializer_list<Value> args) {
  Type* mt = type_of(meth);
  if (mt == &FunctionType) {
    RecursionGuard levels(2, kWhileCalling);  // 2.7 calls a bound method (core/frame.h)
    Value a[4];
    a[0] = self;
    size_t n = 1;
    for (Value v : args) a[n++] = v;
    return meth.as<Function>()->entry(meth, a, n, nullptr);
  }
  Value bound = mt->descr_get ? mt->descr_get(meth, self, Value(type_of(self))) : meth;
  CCallGuard levels(bound);
  return call_v(bound, args.begin(), args.size());
}

#define SOLID(self) solid_base(type_of(self))

Value slot_repr(Value self) {
  Value m = lookup_special(self, PT_NAME("__repr__"));
  if (m.is_null()) return SOLID(self)->repr(self);
  return call_special(m, self, {});
}

Value slot_str(Value self) {
  Value m = lookup_special(self, PT_NAME("__str__"));
  if (m.is_null()) {
    Type* b = SOLID(self);
    return b->str ? b->str(self) : slot_repr(self);
  }
  return call_special(m, self, {});
}

int64_t slot_hash(Value self) {
  Value m = lookup_special(self, PT_NAME("__hash__"));
  if (m.is_null()) return SOLID(self)->hash(self);
  if (is_none(m)) raise_type_error("unhashable type: '%s'", type_name(self));
  Value r = call_special(m, self, {});
  if (is_int(r)) {
    int64_t h = int_value(r);
    return h == -1 ? -2 : h;
  }
  if (!is_long(r)) raise_type_error("an integer is required");
  return hash(r);  // longs: hash of the value
}

const char* const kRichNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

Value slot_richcompare(Value a, Value b, CompareOp op) {
  static Str* const names[] = {str_intern(kRichNames[0]), str_intern(kRichNames[1]), str_intern(kRichNames[2]),
                                str_intern(kRichNames[3]), str_intern(kRichNames[4]), str_intern(kRichNames[5])};
  Value m = lookup_special(a, names[op]);
  if (!m.is_null()) return call_special(m, a, {b});
  Type* b0 = SOLID(a);
  if (b0->richcompare) return b0->richcompare(a, b, op);
  return NotImplemented();
}

Value slot_getattr(Value self, Str* name) {
  Value ga = lookup_special(self, PT_NAME("__getattribute__"));
  Value v;
  if (!ga.is_null()) {
    try {
      v = call_special(ga, self, {Value(name)});
    } catch (PyException& e) {
      Value exc = e.exc;
      if (!exception_matches(exc, Value(&AttributeErrorType))) throw;
      Value g = lookup_special(self, PT_NAME("__getattr__"));
      if (g.is_null()) throw;
      return call_special(g, self, {Value(name)});
    }
    return v;
  }
  Type* b = SOLID(self);
  v = b->getattr ? b->getattr(self, name) : generic_getattr(self, name);
  if (!v.is_null()) return v;
  Value g = lookup_special(self, PT_NAME("__getattr__"));
  if (!g.is_null()) return call_special(g, self, {Value(name)});
  return Value();
}

void slot_setattr(Value self, Str* name, Value v) {
  if (v.is_null()) {
    Value m = lookup_special(self, PT_NAME("__delattr__"));
    if (!m.is_null()) {
      call_special(m, self, {Value(name)});
      return;
    }
  } else {
    Value m = lookup_special(self, PT_NAME("__setattr__"));
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
  Value m = lookup_special(self, PT_NAME("__call__"));
  if (m.is_null()) {
    if (CallFn f = SOLID(self)->call) return f(self, args, nargs, kw);
    raise_type_error("'%s' object is not callable", type_name(self));
  }
  Value bound = type_of(m)->descr_get ? type_of(m)->descr_get(m, self, Value(type_of(self))) : m;
  RecursionGuard instance_call(1, kWhileCalling);  // calling the instance (core/frame.h)
  CCallGuard levels(bound);
  return call_v(bound, args, nargs, kw);
}

Value slot_iter(Value self) {
  Value m = lookup_special(self, PT_NAME("__iter__"));
  if (m.is_null()) {
    Type* b = SOLID(self);
    if (b->iter) return b->iter(self);
    if (!lookup_special(self, PT_NAME("__getitem__")).is_null()) {
      SeqIter* it = new_object<SeqIter>(&SeqIterType);
      it->seq = self;
      it->index = 0;
      return Value(it);
    }
    raise_type_error("'%s' object is not iterable", type_name(self));
  }
  return call_special(m, self, {});
}

Value slot_iternext(Value self) {
  Value m = lookup_special(self, PT_NAME("next"));
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
  Value m = lookup_special(self, PT_NAME("__len__"));
  if (m.is_null()) {
    Type* b = SOLID(self);
    if (b->len) return b->len(self);
    raise_type_error("object of type '%s' has no len()", type_name(self));
  }
  Value r = call_special(m, self, {});
  // 2.7 reads the result with PyInt_AsSsize_t: __int__ of other numbers
  // counts (a float __len__ works).
  if (!is_int(r) && !is_long(r)) {
    Type* rt = type_of(r);
    if (!rt->nb_int) raise_type_error("an integer is required");
    r = rt->nb_int(r);
    if (!is_int(r) && !is_long(r)) raise_type_error("__int__ method should return an integer");
  }
  if (is_long(r)) {
    if (!mpz_fits_slong_p(r.as<Long>()->z)) raise_overflow("long int too large to convert to int");
    r = make_int(mpz_get_si(r.as<Long>()->z));
  }
  if (!is_int(r)) raise_type_error("an integer is required");
  int64_t n = int_value(r);
  if (n < 0) raise_value_error("__len__() should return >= 0");
  return n;
}

Value slot_getitem(Value self, Value key) {
  Value m = lookup_special(self, PT_NAME("__getitem__"));
  if (m.is_null()) {
    Type* b = SOLID(self);
    if (b->getitem) return b->getitem(self, key);
    raise_type_error("'%s' object does not support indexing", type_name(self));
  }
  return call_special(m, self, {key});
}

void slot_setitem(Value self, Value key, Value v) {
  Value m = lookup_special(self, v.is_null() ? PT_NAME("__delitem__") : PT_NAME("__setitem__"));
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
  Value m = lookup_special(self, PT_NAME("__contains__"));
  if (m.is_null()) {
    Type* b = SOLID(self);
    if (b->contains) return b->contains(self, item);
    Value it = iter(self);
    for (Value x = next(it); !x.is_null(); x = next(it))
      if (equal(item, x)) return 1;
    return 0;
  }
  return truth(call_special(m, self, {item}));
}

int slot_nonzero(Value self) {
  Value m = lookup_special(self, PT_NAME("__nonzero__"));
  if (!m.is_null()) {
    Value r = call_special(m, self, {});
    if (!is_int(r)) raise_type_error("__nonzero__ should return bool or int, returned %s", type_name(r));
    return int_value(r) != 0;
  }
  Value l = lookup_special(self, PT_NAME("__len__"));
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
    static Str* const name = str_intern(kNbNames[Slot][0]);
    Value m = lookup_py(ta, name);
    if (!m.is_null()) {
      Value r = call_special(m, a, {b});
      if (r != NotImplemented()) return r;
    } else if (BinaryFn f = solid_base(ta)->nb[Slot]) {
      Value r = f(a, b);
      if (r != NotImplemented()) return r;
    }
  }
  if (b_heap && (ta != tb || !a_heap)) {
    static Str* const rname = str_intern(kNbNames[Slot][1]);
    Value m = lookup_py(tb, rname);
    if (!m.is_null()) return call_special(m, b, {a});
    if (BinaryFn f = solid_base(tb)->nb[Slot]) return f(a, b);
  }
  return NotImplemented();
}

template <int Slot>
Value slot_nb_inplace(Value a, Value b) {
  if (!kNbInplaceNames[Slot]) return NotImplemented();
  static Str* const name = str_intern(kNbInplaceNames[Slot]);
  Value m = lookup_py(type_of(a), name);
  if (m.is_null()) {
    if (BinaryFn f = solid_base(type_of(a))->nb_inplace[Slot]) return f(a, b);
    return NotImplemented();
  }
  return call_special(m, a, {b});
}

Value unary_special(Value self, Str* name, UnaryFn Type::*slot, const char* sym) {
  Value m = lookup_special(self, name);
  if (m.is_null()) {
    Type* b = SOLID(self);
    if (b->*slot) return (b->*slot)(self);
    raise_type_error("bad operand type for %s: '%s'", sym, type_name(self));
  }
  return call_special(m, self, {});
}
Value slot_neg(Value v) { return unary_special(v, PT_NAME("__neg__"), &Type::nb_neg, "unary -"); }
Value slot_pos(Value v) { return unary_special(v, PT_NAME("__pos__"), &Type::nb_pos, "unary +"); }
Value slot_invert(Value v) { return unary_special(v, PT_NAME("__invert__"), &Type::nb_invert, "unary ~"); }
Value slot_abs(Value v) { return unary_special(v, PT_NAME("__abs__"), &Type::nb_abs, "abs()"); }
Value slot_int(Value v) { return unary_special(v, PT_NAME("__int__"), &Type::nb_int, "int()"); }
Value slot_long(Value v) { return unary_special(v, PT_NAME("__long__"), &Type::nb_long, "long()"); }
Value slot_float(Value v) { return unary_special(v, PT_NAME("__float__"), &Type::nb_float, "float()"); }
Value slot_index(Value v) {
  Value r = unary_special(v, PT_NAME("__index__"), &Type::nb_index, "index");
  if (!r.is_null() && !is_int(r) && !is_long(r))
    raise_type_error("__index__ returned non-(int,long) (type %s)", type_name(r));
  return r;
}
Value slot_hex(Value v) { return unary_special(v, PT_NAME("__hex__"), &Type::nb_hex, "hex()"); }
Value slot_oct(Value v) { return unary_special(v, PT_NAME("__oct__"), &Type::nb_oct, "oct()"); }

// pow(a, b, m): three-argument power never tries __rpow__.
Value slot_pow3(Value a, Value b, Value m) {
  if (!(type_of(a)->flags & kTypeHeap)) return NotImplemented();
  Value f = lookup_special(a, PT_NAME("__pow__"));
  if (f.is_null()) {
    TernaryFn g = SOLID(a)->nb_pow3;
    return g ? g(a, b, m) : NotImplemented();
  }
  return call_special(f, a, {b, m});
}

Value slot_descr_get(Value self, Value obj, Value type) {
  Value m = lookup_special(self, PT_NAME("__get__"));
  if (m.is_null()) {
    TernaryFn g = SOLID(self)->descr_get;
    return g ? g(self, obj, type) : self;
  }
  return call_special(m, self, {obj.is_null() ? None() : obj, type.is_null() ? None() : type});
}
void slot_descr_set(Value self, Value obj, Value v) {
  Value m = lookup_special(self, v.is_null() ? PT_NAME("__delete__") : PT_NAME("__set__"));
  if (m.is_null()) {
    if (auto g = SOLID(self)->descr_set) return g(self, obj, v);
    raise_fmt(&AttributeErrorType, v.is_null() ? "__delete__" : "__set__");
  }
  if (v.is_null()) call_special(m, self, {obj});
  else call_special(m, self, {obj, v});
}

}  // namespace

// solid->tp_new for subtype `sub`. Some builtin constructors (float, long,
// unicode...) always build an exact instance; re-box such a result as an
// instance of sub, with room for sub's instance dict and slots.
Value builtin_new_for(Type* solid, Type* sub, const Value* args, size_t nargs, Tuple* kw) {
  Value r = solid->tp_new(Value(sub), args, nargs, kw);
  if (sub == solid || r.is_small_int() || r.is_null()) {
    if (r.is_small_int() && sub != solid && (sub->flags & kTypeIntSubclass)) {
      Int* o = new_object<Int>(sub, sub->instance_size);
      o->v = r.small_int();
      return Value(o);
    }
    return r;
  }
  Type* rt = r.obj()->type;
  if (rt == sub || rt != solid) return r;
  if (solid->flags & kTypeUnicodeSubclass) {
    Unicode* u = r.as<Unicode>();
    size_t n = offsetof(Unicode, data) + (u->len + 1) * sizeof(char32_t);
    auto* c = static_cast<Unicode*>(gc_alloc(n));
    std::memcpy(static_cast<void*>(c), u, n);
    c->type = sub;
    c->dict = nullptr;
    return Value(c);
  }
  if (!solid->instance_size || (solid->flags & (kTypeStrSubclass | kTypeTupleSubclass))) return r;
  size_t size = sub->instance_size > solid->instance_size ? sub->instance_size : solid->instance_size;
  Object* o = static_cast<Object*>(gc_alloc(size));
  std::memcpy(static_cast<void*>(o), r.obj(), solid->instance_size);
  o->type = sub;
  return Value(o);
}

namespace {

Value slot_new(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  Type* t = callee.as<Type>();
  Value m = type_lookup(t, PT_NAME("__new__"));
  if (!m.is_null() && type_of(m) != &BuiltinFunctionType) {
    // __new__ is a staticmethod: call with the class prepended.
    Value f = type_of(m)->descr_get ? type_of(m)->descr_get(m, Value(), callee) : m;
    size_t total = nargs + (kw ? kw->len : 0);
    std::vector<Value> a(total + 1);
    a[0] = callee;
    for (size_t i = 0; i < total; ++i) a[i + 1] = args[i];
    return call_v(f, a.data(), nargs + 1, kw);
  }
  return builtin_new_for(solid_base(t), t, args, nargs, kw);
}

Value slot_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value m = lookup_special(self, PT_NAME("__init__"));
  if (m.is_null() || type_of(m) == &MethodDescrType) {
    Type* b = SOLID(self);
    if (b->tp_init) return b->tp_init(self, args, nargs, kw);
    return None();
  }
  Value bound = type_of(m)->descr_get ? type_of(m)->descr_get(m, self, Value(type_of(self))) : m;
  Value r;
  {
    CCallGuard levels(bound);
    r = call_v(bound, args, nargs, kw);
  }
  if (!is_none(r)) raise_type_error("__init__() should return None, not '%s'", type_name(r));
  return r;
}

template <int... I>
void install_nb(Type* t, std::integer_sequence<int, I...>) {
  ((t->nb[I] = slot_nb<I>, t->nb_inplace[I] = slot_nb_inplace<I>), ...);
}

// The order 2.7 gives an old-style class inside a new-style MRO: depth
// first, left to right, each class where it first appears.
void classic_mro(ClassObj* c, std::vector<Value>& out) {
  if (std::find(out.begin(), out.end(), Value(c)) != out.end()) return;
  out.push_back(Value(c));
  for (int64_t i = 0; i < c->bases->len; ++i) classic_mro(c->bases->items[i].as<ClassObj>(), out);
}

// C3 linearisation; raises TypeError on inconsistent hierarchies.
Tuple* compute_mro(Type* t, Tuple* bases, const std::string& pre) {
  std::vector<std::vector<Value>> seqs;
  for (int64_t i = 0; i < bases->len; ++i) {
    Value b = bases->items[i];
    std::vector<Value> s;
    if (is_type(b)) {
      Tuple* m = b.as<Type>()->mro;
      s.assign(m->items, m->items + m->len);
    } else {
      classic_mro(b.as<ClassObj>(), s);  // old-style base in a new-style class
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
    if (cand.is_null()) {
      // 2.7 names the heads left unmerged, each once.
      std::vector<Value> heads;
      for (auto& sq : seqs)
        if (!sq.empty() && std::find(heads.begin(), heads.end(), sq.front()) == heads.end()) heads.push_back(sq.front());
      std::string names;
      for (size_t i = 0; i < heads.size(); ++i) {
        if (i) names += ", ";
        names += getattr(heads[i], str_intern("__name__")).as<Str>()->view();
      }
      raise_type_error("%sCannot create a consistent method resolution\norder (MRO) for bases %s", pre.c_str(),
                       names.c_str());
    }
    result.push_back(cand);
    for (auto& s : seqs)
      if (!s.empty() && s.front() == cand) s.erase(s.begin());
  }
  return tuple_from(result.data(), result.size());
}

}  // namespace

// ---- __slots__ ----

Type MemberDescrType;

namespace {

struct MemberDescr : Object {
  Str* name;
  Type* owner;
  ptrdiff_t offset;
};

Value* member_slot(MemberDescr* m, Value obj) {
  if (!is_subtype(type_of(obj), m->owner))
    raise_type_error("descriptor '%s' for '%s' objects doesn't apply to '%s' object", m->name->data,
                     m->owner->name, type_name(obj));
  return reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.obj()) + m->offset);
}

Value member_get(Value self, Value obj, Value) {
  if (obj.is_null()) return self;
  MemberDescr* m = self.as<MemberDescr>();
  Value v = *member_slot(m, obj);
  if (v.is_null()) raise_fmt(&AttributeErrorType, "%s", m->name->data);
  return v;
}

void member_set(Value self, Value obj, Value v) {
  MemberDescr* m = self.as<MemberDescr>();
  Value* p = member_slot(m, obj);
  if (v.is_null() && p->is_null()) raise_fmt(&AttributeErrorType, "%s", m->name->data);
  *p = v;
}

Value member_repr(Value self) {
  MemberDescr* m = self.as<MemberDescr>();
  return Value(str_new(std::string("<member '") + std::string(m->name->view()) + "' of '" + m->owner->name + "' objects>"));
}

Value member_getattr(Value self, Str* name) {
  MemberDescr* m = self.as<MemberDescr>();
  if (name->view() == "__name__") return Value(m->name);
  if (name->view() == "__objclass__") return Value(m->owner);
  if (name->view() == "__doc__") return None();
  return generic_getattr(self, name);
}

void register_member_descr() {
  MemberDescrType.name = "member_descriptor";
  MemberDescrType.descr_get = member_get;
  MemberDescrType.descr_set = member_set;
  MemberDescrType.repr = member_repr;
  MemberDescrType.getattr = member_getattr;
  type_ready(&MemberDescrType);
}
TypeRegistrar reg(register_member_descr);

bool is_identifier(std::string_view n) {
  if (n.empty() || std::isdigit(static_cast<unsigned char>(n[0]))) return false;
  for (char c : n)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  return true;
}

Str* mangle(Str* cls, Str* name) {
  std::string_view n = name->view();
  if (n.size() < 2 || n[0] != '_' || n[1] != '_' || (n.size() >= 4 && n.substr(n.size() - 2) == "__")) return name;
  std::string_view c = cls->view();
  while (!c.empty() && c[0] == '_') c.remove_prefix(1);
  if (c.empty()) return name;
  std::string r = "_";
  r += c;
  r += n;
  return str_intern(r.data(), r.size());
}

// The names of a __slots__ declaration, validated as 2.7 does.
std::vector<Str*> slot_names(Str* cls, Value slots, const std::string& pre) {
  std::vector<Value> items;
  if (is_str(slots)) {
    items.push_back(slots);
  } else {
    Value it = iter(slots);
    for (Value x = next(it); !x.is_null(); x = next(it)) items.push_back(x);
  }
  std::vector<Str*> out;
  for (Value v : items) {
    if (!is_str(v)) raise_type_error("%s__slots__ items must be strings, not '%s'", pre.c_str(), type_name(v));
    if (!is_identifier(v.as<Str>()->view())) raise_type_error("%s__slots__ must be identifiers", pre.c_str());
    out.push_back(mangle(cls, v.as<Str>()));
  }
  return out;
}

// Points every slot of heap type t at the generic functions above. Slots
// whose absence has a meaning (callable(), iter(), len()...) stay null
// unless the class or its builtin base provides them. Re-run when a special
// method is assigned to the class later.
void install_slots(Type* t) {
  Type* solid = solid_base(t);
  t->repr = slot_repr;
  t->str = slot_str;
  t->hash = slot_hash;
  t->richcompare = slot_richcompare;
  t->compare = solid->compare;  // cmp() of a set subclass still raises
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
  t->nb_pow3 = slot_pow3;
  t->nb_neg = slot_neg;
  t->nb_pos = slot_pos;
  t->nb_invert = slot_invert;
  t->nb_abs = slot_abs;
  t->nb_int = slot_int;
  t->nb_long = slot_long;
  t->nb_float = slot_float;
  t->nb_index = slot_index;
  t->nb_hex = slot_hex;
  t->nb_oct = slot_oct;
  auto has = [&](const char* n) { return !lookup_py(t, str_intern(n)).is_null(); };
  t->descr_get = has("__get__") ? slot_descr_get : solid->descr_get;
  t->descr_set = has("__set__") || has("__delete__") ? slot_descr_set : solid->descr_set;
  if (!has("__call__") && !solid->call) t->call = nullptr;
  if (!has("next") && !solid->iternext) t->iternext = nullptr;
  if (!has("__iter__") && !has("__getitem__") && !solid->iter) t->iter = nullptr;
  if (!has("__len__") && !solid->len) t->len = nullptr;
  if (!has("__getitem__") && !solid->getitem) t->getitem = nullptr;
  if (!has("__setitem__") && !has("__delitem__") && !solid->setitem) t->setitem = nullptr;
  if (!has("__contains__") && !solid->contains) t->contains = nullptr;
  if (!has("__index__") && !solid->nb_index) t->nb_index = nullptr;
  if (!has("__int__") && !solid->nb_int) t->nb_int = nullptr;
  if (!has("__long__") && !solid->nb_long) t->nb_long = nullptr;
  if (!has("__float__") && !solid->nb_float) t->nb_float = nullptr;
  if (!has("__hex__") && !solid->nb_hex) t->nb_hex = nullptr;
  if (!has("__oct__") && !solid->nb_oct) t->nb_oct = nullptr;
  if (!has("__neg__") && !solid->nb_neg) t->nb_neg = nullptr;
  if (!has("__pos__") && !solid->nb_pos) t->nb_pos = nullptr;
  if (!has("__invert__") && !solid->nb_invert) t->nb_invert = nullptr;
  if (!has("__abs__") && !solid->nb_abs) t->nb_abs = nullptr;
  t->tp_new = slot_new;
  t->tp_init = slot_init;
  // Without Python attribute hooks the solid base's protocol is used as is,
  // so generic_getattr's callers (call_method_v) keep their fast paths.
  if (!has("__getattribute__") && !has("__getattr__")) t->getattr = solid->getattr ? solid->getattr : generic_getattr;
  if (!has("__setattr__") && !has("__delattr__")) t->setattr = solid->setattr ? solid->setattr : generic_setattr;
}

void refresh_slots(Type* t) {
  install_slots(t);
  for (Type* s : subclasses_of(t)) refresh_slots(s);
}

}  // namespace

void heap_type_changed(Type* t, Str* name) {
  if (name->len > 2 && ((name->data[0] == '_' && name->data[1] == '_') || name->view() == "next")) refresh_slots(t);
}

namespace {

// Set by build_class around the metaclass call: 2.7 prefixes the TypeErrors
// type.__new__ raises for a class statement (not for a direct type() call)
// with "Error when calling the metaclass bases".
thread_local bool tl_class_statement = false;

}  // namespace

bool in_class_statement() { return tl_class_statement; }

namespace {

std::string bases_prefix(bool on) { return on ? "Error when calling the metaclass bases\n    " : ""; }

}  // namespace

Value type_new_heap(Type* meta, Str* name, Tuple* bases, Dict* ns) {
  type_modified();
  bool from_stmt = tl_class_statement;
  tl_class_statement = false;
  const std::string pre = bases_prefix(from_stmt);
  if (bases->len == 0) bases = tuple_of({Value(&ObjectType)});
  Type* t = static_cast<Type*>(gc_alloc(meta->instance_size > sizeof(Type) ? meta->instance_size : sizeof(Type)));
  new (t) Type();
  t->type = meta;
  t->name = name->data;
  t->flags = kTypeHeap | kTypeBaseOk;
  t->dict = ns;
  t->bases = bases;
  Type* base = nullptr;
  int nnewstyle = 0;
  for (int64_t i = 0; i < bases->len; ++i) {
    Value b = bases->items[i];
    if (!is_type(b)) {
      if (b.is_small_int() || b.obj()->type != &ClassObjType)
        raise_type_error("%smetaclass conflict: the metaclass of a derived "
                         "class must be a (non-strict) subclass of the metaclasses of all its bases", pre.c_str());
      continue;
    }
    ++nnewstyle;
    Type* bt = b.as<Type>();
    if (!(bt->flags & kTypeBaseOk))
      raise_type_error("%stype '%s' is not an acceptable base type", pre.c_str(), bt->name);
    if (!base) base = bt;
  }
  for (int64_t i = 0; i < bases->len; ++i)
    for (int64_t j = i + 1; j < bases->len; ++j)
      if (bases->items[i] == bases->items[j])
        raise_type_error("%sduplicate base class %s", pre.c_str(),
                         getattr(bases->items[i], str_intern("__name__")).as<Str>()->data);
  if (!nnewstyle) raise_type_error("%sa new-style class can't have only classic bases", pre.c_str());
  // Instance layout conflicts: all solid bases must lie on one line.
  for (int64_t i = 0; i < bases->len; ++i) {
    Value b = bases->items[i];
    if (!is_type(b)) continue;
    Type* sb = solid_base(b.as<Type>());
    Type* s0 = solid_base(base);
    if (!is_subtype(sb, s0) && !is_subtype(s0, sb))
      raise_type_error("%smultiple bases have instance lay-out conflict", pre.c_str());
    if (is_subtype(sb, s0) && sb != s0) base = b.as<Type>();
  }
  t->base = base;
  t->mro = compute_mro(t, bases, pre);
  for (int64_t i = 0; i < bases->len; ++i)
    if (is_type(bases->items[i])) t->flags |= bases->items[i].as<Type>()->flags &
                                             (kTypeIntSubclass | kTypeLongSubclass | kTypeStrSubclass | kTypeUnicodeSubclass |
                                              kTypeTupleSubclass | kTypeListSubclass | kTypeDictSubclass | kTypeTypeSubclass |
                                              kTypeExcSubclass | kTypeFloatSubclass);
  Type* solid = solid_base(t);
  size_t size = t->base->instance_size ? t->base->instance_size : sizeof(Object);
  t->dict_offset = t->base->dict_offset;
  bool var_sized = solid == &StrType || (solid->flags & kTypeUnicodeSubclass) || is_subtype(solid, &TupleType) || is_subtype(solid, &LongType);
  bool want_dict = true;
  Value slots = dict_get_str(ns, str_intern("__slots__"));
  if (!slots.is_null()) {
    want_dict = false;
    std::vector<Str*> names = slot_names(name, slots, pre);
    std::vector<Value> kept;
    bool has_weakref = false;
    for (Str* n : names) {
      if (n->view() == "__dict__") {
        if (want_dict || t->dict_offset) raise_type_error("__dict__ slot disallowed: we already got one");
        want_dict = true;
        continue;
      }
      if (n->view() == "__weakref__") {
        if (has_weakref) raise_type_error("__weakref__ slot disallowed: either we already got one, or the base type's "
                                          "instances don't support weakrefs");
        has_weakref = true;
        continue;
      }
      kept.push_back(Value(n));
    }
    if (!kept.empty() && var_sized)
      raise_type_error("%snonempty __slots__ not supported for subtype of '%s'", pre.c_str(), solid->name);
    for (Value k : kept) {
      MemberDescr* m = new_object<MemberDescr>(&MemberDescrType);
      m->name = k.as<Str>();
      m->owner = t;
      m->offset = static_cast<ptrdiff_t>(size);
      size += sizeof(Value);
      if (dict_get_str(ns, k.as<Str>()).is_null()) dict_set(ns, k, Value(m));  // 2.7: a class variable wins
    }
    if (has_weakref) dict_set(ns, Value(str_intern("__weakref__")), getset_dict_descr(t, "__weakref__"));
  }
  if (want_dict && !t->dict_offset) {
    if (solid == &StrType) {
      t->dict_offset = offsetof(Str, dict);
    } else if (solid->flags & kTypeUnicodeSubclass) {
      t->dict_offset = offsetof(Unicode, dict);
    } else if (is_subtype(solid, &TupleType)) {
      t->dict_offset = kDictAfterItems;
    } else {
      t->dict_offset = static_cast<ptrdiff_t>(size);
      size += sizeof(Dict*);
    }
    dict_set(ns, Value(str_intern("__dict__")), getset_dict_descr(t, "__dict__"));
    if (slots.is_null()) dict_set(ns, Value(str_intern("__weakref__")), getset_dict_descr(t, "__weakref__"));
  }
  t->instance_size = size;
  if (dict_get_str(ns, str_intern("__module__")).is_null()) dict_set(ns, Value(str_intern("__module__")), Value(str_intern("__main__")));
  if (dict_get_str(ns, str_intern("__doc__")).is_null()) dict_set(ns, Value(str_intern("__doc__")), None());
  // __new__ defined as a plain function is implicitly a staticmethod.
  Value nw = dict_get_str(ns, str_intern("__new__"));
  if (!nw.is_null() && type_of(nw) == &FunctionType) {
    dict_set(ns, Value(str_intern("__new__")), staticmethod_new(nw));
  }
  // Like CPython, the class keeps its own copy of the namespace, so whoever
  // still holds `ns` (a metaclass) cannot change the class behind
  // type_lookup's cache.
  {
    Dict* own = dict_new();
    dict_merge(own, Value(ns), true);
    t->dict = own;
  }
  install_slots(t);
  for (int64_t i = 0; i < bases->len; ++i)
    if (is_type(bases->items[i])) subclasses_of(bases->items[i].as<Type>()).push_back(t);
  return Value(t);
}

// 2.7's metaclass choice: __metaclass__ in the class body, else the type of
// the first base, else the module's __metaclass__, else classobj.
Value build_class(Str* name, Tuple* bases, Dict* ns) {
  Value meta = dict_get_str(ns, str_intern("__metaclass__"));
  if (meta.is_null()) {
    if (bases->len > 0) {
      Value b0 = bases->items[0];
      meta = getattr_opt(b0, str_intern("__class__"));
      if (meta.is_null()) meta = Value(type_of(b0));
    } else {
      Value modname = dict_get_str(ns, str_intern("__module__"));
      if (!modname.is_null() && is_str(modname)) {
        Value mod = dict_get_str(sys_modules(), modname.as<Str>());
        if (!mod.is_null() && type_of(mod) == &ModuleType)
          meta = dict_get_str(mod.as<Module>()->dict, str_intern("__metaclass__"));
      }
      if (meta.is_null()) meta = Value(&ClassObjType);
    }
  }
  if (meta.obj() == &ClassObjType) {
    // classobj(name, bases, dict) defers to the type of a new-style base.
    for (int64_t i = 0; i < bases->len; ++i) {
      Value b = bases->items[i];
      if (b.is_small_int() || b.obj()->type != &ClassObjType) {
        Value bt = Value(type_of(b));
        try {
          tl_class_statement = is_type(bt);
          Value r = call(bt, Value(name), Value(bases), Value(ns));
          tl_class_statement = false;
          return r;
        } catch (PyException& e) {
          tl_class_statement = false;
          Value exc = e.exc;
          Type* bty = bt.as<Type>();
          if (!(bty->flags & kTypeHeap) && bty != &TypeType && exception_matches(exc, Value(&TypeErrorType)))
            raise_type_error("Error when calling the metaclass bases\n    %s", exc_str(exc)->data);
          throw;
        }
      }
    }
    return build_oldstyle_class(name, bases, ns);
  }
  tl_class_statement = is_type(meta);
  try {
    Value r = call(meta, Value(name), Value(bases), Value(ns));
    tl_class_statement = false;
    return r;
  } catch (PyException&) {
    tl_class_statement = false;
    throw;
  }
}

}  // namespace pytrans::rt
