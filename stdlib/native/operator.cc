// SPDX-License-Identifier: Apache-2.0
// The operator module of Python 2.7: the operators as functions (each also
// under its __dunder__ alias), the in-place forms, and the itemgetter,
// attrgetter and methodcaller types.
#include <string>
#include <vector>

#include "core/gc.h"
#include "objects/slice.h"
#include "support.h"

namespace pytrans::rt {
namespace {

#define BINOP(name, expr)                                                 \
  Value op_##name(Value, const Value* args, size_t nargs, Tuple* kw) {    \
    check_no_kwargs(#name, kw);                                           \
    check_nargs(#name, nargs, 2, 2);                                      \
    Value a = args[0], b = args[1];                                       \
    return expr;                                                          \
  }
#define UNOP(name, expr)                                                  \
  Value op_##name(Value, const Value* args, size_t nargs, Tuple* kw) {    \
    check_no_kwargs(#name, kw);                                           \
    check_nargs(#name, nargs, 1, 1);                                      \
    Value a = args[0];                                                    \
    return expr;                                                          \
  }

Value abs_of(Value x) {
  if (x.is_small_int()) return make_int(x.small_int() < 0 ? -x.small_int() : x.small_int());
  Type* t = type_of(x);
  if (!t->nb_abs) raise_type_error("bad operand type for abs(): '%s'", type_name(x));
  return t->nb_abs(x);
}

bool is_sequence(Value v) {
  Type* t = type_of(v);
  return t->getitem != nullptr && !is_dict(v);
}

Value concat_of(Value a, Value b) {
  if (!is_sequence(a)) raise_type_error("'%s' object can't be concatenated", type_name(a));
  return add(a, b);
}

Value repeat_of(Value a, Value b) {
  if (!is_sequence(a)) raise_type_error("'%s' object can't be repeated", type_name(a));
  return mul(a, b);
}

Value index_of(Value a) {
  Value r = index_value_opt(a);
  if (r.is_null()) raise_type_error("'%s' object cannot be interpreted as an index", type_name(a));
  return r;
}

Value count_of(Value seq, Value x) {
  int64_t n = 0;
  Value it = iter(seq);
  for (Value v = next(it); !v.is_null(); v = next(it))
    if (equal(v, x)) ++n;
  return make_int(n);
}

Value index_in(Value seq, Value x) {
  int64_t n = 0;
  Value it = iter(seq);
  for (Value v = next(it); !v.is_null(); v = next(it), ++n)
    if (equal(v, x)) return make_int(n);
  raise_value_error("sequence.index(x): x not in sequence");
}

BINOP(add, add(a, b))
BINOP(and_, bit_and(a, b))
BINOP(concat, concat_of(a, b))
BINOP(contains, from_bool(contains(a, b)))
BINOP(countOf, count_of(a, b))
BINOP(div, div(a, b))
BINOP(eq, compare(a, b, kEq))
BINOP(floordiv, floordiv(a, b))
BINOP(ge, compare(a, b, kGe))
BINOP(getitem, getitem(a, b))
BINOP(gt, compare(a, b, kGt))
BINOP(iadd, inplace_op(a, b, kNbAdd))
BINOP(iand, inplace_op(a, b, kNbAnd))
BINOP(iconcat, (is_sequence(a) ? inplace_op(a, b, kNbAdd) : concat_of(a, b)))
BINOP(idiv, inplace_op(a, b, kNbDiv))
BINOP(ifloordiv, inplace_op(a, b, kNbFloorDiv))
BINOP(ilshift, inplace_op(a, b, kNbLshift))
BINOP(imod, inplace_op(a, b, kNbMod))
BINOP(imul, inplace_op(a, b, kNbMul))
BINOP(indexOf, index_in(a, b))
BINOP(ior, inplace_op(a, b, kNbOr))
BINOP(ipow, inplace_op(a, b, kNbPow))
BINOP(irepeat, (is_sequence(a) ? inplace_op(a, b, kNbMul) : repeat_of(a, b)))
BINOP(irshift, inplace_op(a, b, kNbRshift))
BINOP(is_, from_bool(is(a, b)))
BINOP(is_not, from_bool(!is(a, b)))
BINOP(isub, inplace_op(a, b, kNbSub))
BINOP(itruediv, inplace_op(a, b, kNbTrueDiv))
BINOP(ixor, inplace_op(a, b, kNbXor))
BINOP(le, compare(a, b, kLe))
BINOP(lshift, lshift(a, b))
BINOP(lt, compare(a, b, kLt))
BINOP(mod, mod(a, b))
BINOP(mul, mul(a, b))
BINOP(ne, compare(a, b, kNe))
BINOP(or_, bit_or(a, b))
BINOP(pow, power(a, b))
BINOP(repeat, repeat_of(a, b))
BINOP(rshift, rshift(a, b))
BINOP(sequenceIncludes, from_bool(contains(a, b)))
BINOP(sub, sub(a, b))
BINOP(truediv, truediv(a, b))
BINOP(xor, bit_xor(a, b))
UNOP(abs, abs_of(a))
UNOP(index, index_of(a))
UNOP(inv, invert(a))
UNOP(invert, invert(a))
UNOP(isCallable, from_bool(type_of(a)->call != nullptr))
UNOP(isMappingType, from_bool(is_dict(a) || (type_of(a)->getitem && !is_str(a) && !is_list(a) && !is_tuple(a))))
UNOP(isNumberType, from_bool(is_int(a) || is_long(a) || is_float(a) || type_of(a)->nb_int || type_of(a)->nb_float))
UNOP(isSequenceType, from_bool(is_sequence(a)))
UNOP(neg, neg(a))
UNOP(not_, not_(a))
UNOP(pos, pos(a))
UNOP(truth, from_bool(truth(a)))

Value op_delitem(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("delitem", kw);
  check_nargs("delitem", nargs, 2, 2);
  delitem(args[0], args[1]);
  return None();
}
Value op_setitem(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("setitem", kw);
  check_nargs("setitem", nargs, 3, 3);
  setitem(args[0], args[1], args[2]);
  return None();
}
Value op_getslice(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("getslice", kw);
  check_nargs("getslice", nargs, 3, 3);
  return getslice(args[0], args[1], args[2]);
}
Value op_setslice(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("setslice", kw);
  check_nargs("setslice", nargs, 4, 4);
  setslice(args[0], args[1], args[2], args[3]);
  return None();
}
Value op_delslice(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("delslice", kw);
  check_nargs("delslice", nargs, 3, 3);
  delslice(args[0], args[1], args[2]);
  return None();
}

// ---- itemgetter, attrgetter, methodcaller ----

struct Getter : Object {
  Tuple* items;     // keys, or attribute paths (each a tuple of str)
  Str* name;        // methodcaller
  Tuple* args;      // methodcaller positional + keyword values
  Tuple* kwnames;   // methodcaller keyword names or null
};

Type ItemGetterType, AttrGetterType, MethodCallerType;

Value itemgetter_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->len) raise_type_error("itemgetter() does not take keyword arguments");
  if (nargs < 1) raise_type_error("itemgetter expected 1 arguments, got 0");
  Getter* g = new_object<Getter>(&ItemGetterType);
  g->items = tuple_from(args, nargs);
  return Value(g);
}

Value itemgetter_call(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->len) raise_type_error("itemgetter() does not take keyword arguments");
  check_nargs("itemgetter", nargs, 1, 1);
  Getter* g = self.as<Getter>();
  if (g->items->len == 1) return getitem(args[0], g->items->items[0]);
  Tuple* r = tuple_new(static_cast<size_t>(g->items->len));
  for (int64_t i = 0; i < g->items->len; ++i) r->items[i] = getitem(args[0], g->items->items[i]);
  return Value(r);
}

Value attrgetter_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->len) raise_type_error("attrgetter() does not take keyword arguments");
  if (nargs < 1) raise_type_error("attrgetter expected 1 arguments, got 0");
  Getter* g = new_object<Getter>(&AttrGetterType);
  g->items = tuple_new(nargs);
  for (size_t i = 0; i < nargs; ++i) {
    if (!is_str(args[i])) raise_type_error("attribute name must be a string");
    std::string_view s = args[i].as<Str>()->view();
    std::vector<Value> parts;
    size_t pos = 0;
    for (;;) {
      size_t dot = s.find('.', pos);
      parts.push_back(Value(str_intern(s.substr(pos, dot == std::string_view::npos ? s.npos : dot - pos))));
      if (dot == std::string_view::npos) break;
      pos = dot + 1;
    }
    g->items->items[i] = Value(tuple_from(parts.data(), parts.size()));
  }
  return Value(g);
}

Value attr_path(Value obj, Tuple* path) {
  for (int64_t i = 0; i < path->len; ++i) obj = getattr(obj, path->items[i].as<Str>());
  return obj;
}

Value attrgetter_call(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->len) raise_type_error("attrgetter() does not take keyword arguments");
  check_nargs("attrgetter", nargs, 1, 1);
  Getter* g = self.as<Getter>();
  if (g->items->len == 1) return attr_path(args[0], g->items->items[0].as<Tuple>());
  Tuple* r = tuple_new(static_cast<size_t>(g->items->len));
  for (int64_t i = 0; i < g->items->len; ++i) r->items[i] = attr_path(args[0], g->items->items[i].as<Tuple>());
  return Value(r);
}

Value methodcaller_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs < 1) raise_type_error("methodcaller needs at least one argument, the method name");
  if (!is_str(args[0])) raise_type_error("method name must be a string");
  Getter* g = new_object<Getter>(&MethodCallerType);
  g->name = str_intern(args[0].as<Str>()->view());
  size_t nkw = kw ? static_cast<size_t>(kw->len) : 0;
  g->args = tuple_from(args + 1, nargs - 1 + nkw);
  g->kwnames = nkw ? kw : nullptr;
  return Value(g);
}

Value methodcaller_call(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->len) raise_type_error("methodcaller() does not take keyword arguments");
  check_nargs("methodcaller", nargs, 1, 1);
  Getter* g = self.as<Getter>();
  size_t nkw = g->kwnames ? static_cast<size_t>(g->kwnames->len) : 0;
  Value m = getattr(args[0], g->name);
  return call_v(m, g->args->items, static_cast<size_t>(g->args->len) - nkw, g->kwnames);
}

void register_operator_types() {
  struct Row {
    Type* t;
    const char* name;
    CallFn tp_new, call;
  };
  const Row rows[] = {{&ItemGetterType, "operator.itemgetter", itemgetter_new, itemgetter_call},
                      {&AttrGetterType, "operator.attrgetter", attrgetter_new, attrgetter_call},
                      {&MethodCallerType, "operator.methodcaller", methodcaller_new, methodcaller_call}};
  for (const Row& r : rows) {
    r.t->name = r.name;
    r.t->tp_new = r.tp_new;
    r.t->call = r.call;
    type_ready(r.t);
  }
}
TypeRegistrar treg(register_operator_types);

void init_operator(Module* m) {
  const stdlib::FnDef fns[] = {
      {"abs", op_abs},           {"add", op_add},
      {"and_", op_and_},         {"concat", op_concat},
      {"contains", op_contains}, {"countOf", op_countOf},
      {"delitem", op_delitem},   {"delslice", op_delslice},
      {"div", op_div},           {"eq", op_eq},
      {"floordiv", op_floordiv}, {"ge", op_ge},
      {"getitem", op_getitem},   {"getslice", op_getslice},
      {"gt", op_gt},             {"iadd", op_iadd},
      {"iand", op_iand},         {"iconcat", op_iconcat},
      {"idiv", op_idiv},         {"ifloordiv", op_ifloordiv},
      {"ilshift", op_ilshift},   {"imod", op_imod},
      {"imul", op_imul},         {"index", op_index},
      {"indexOf", op_indexOf},   {"inv", op_inv},
      {"invert", op_invert},     {"ior", op_ior},
      {"ipow", op_ipow},         {"irepeat", op_irepeat},
      {"irshift", op_irshift},   {"isCallable", op_isCallable},
      {"isMappingType", op_isMappingType}, {"isNumberType", op_isNumberType},
      {"isSequenceType", op_isSequenceType}, {"is_", op_is_},
      {"is_not", op_is_not},     {"isub", op_isub},
      {"itruediv", op_itruediv}, {"ixor", op_ixor},
      {"le", op_le},             {"lshift", op_lshift},
      {"lt", op_lt},             {"mod", op_mod},
      {"mul", op_mul},           {"ne", op_ne},
      {"neg", op_neg},           {"not_", op_not_},
      {"or_", op_or_},           {"pos", op_pos},
      {"pow", op_pow},           {"repeat", op_repeat},
      {"rshift", op_rshift},     {"sequenceIncludes", op_sequenceIncludes},
      {"setitem", op_setitem},   {"setslice", op_setslice},
      {"sub", op_sub},           {"truediv", op_truediv},
      {"truth", op_truth},       {"xor", op_xor},
  };
  for (const stdlib::FnDef& f : fns) {
    BuiltinFunction* b = builtin_function_new(f.name, f.fn);
    b->module_name = Value(m->name);
    stdlib::mod_set(m, f.name, Value(b));
    // 2.7 also binds the dunder spelling (without the trailing _ of and_...).
    static const char* const no_dunder[] = {"countOf", "indexOf", "isCallable", "isMappingType", "isNumberType",
                                            "isSequenceType", "is_", "is_not", "sequenceIncludes", "truth"};
    bool skip = false;
    for (const char* n : no_dunder) skip |= std::string_view(n) == f.name;
    if (skip) continue;
    std::string d = f.name;
    if (d.back() == '_') d.pop_back();
    d = "__" + d + "__";
    BuiltinFunction* bd = builtin_function_new(str_intern(d)->data, f.fn);
    bd->module_name = Value(m->name);
    stdlib::mod_set(m, str_intern(d)->data, Value(bd));
  }
  stdlib::mod_set(m, "itemgetter", Value(&ItemGetterType));
  stdlib::mod_set(m, "attrgetter", Value(&AttrGetterType));
  stdlib::mod_set(m, "methodcaller", Value(&MethodCallerType));
}

NativeModule reg("operator", init_operator);

}  // namespace
}  // namespace pytrans::rt
