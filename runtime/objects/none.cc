// SPDX-License-Identifier: Apache-2.0
// The singletons None, NotImplemented and Ellipsis, and bool (True/False are
// Int objects of type bool, so int code handles them without a branch).
#include "core/ops.h"
#include "core/raise.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

Type NoneType, NotImplementedType, EllipsisType, BoolType;
Object NoneObject{&NoneType}, NotImplementedObject{&NotImplementedType}, EllipsisObject{&EllipsisType};
Int TrueObject{{&BoolType}, 1}, FalseObject{{&BoolType}, 0};

namespace {

Value none_repr(Value) { return Value(str_intern("None")); }
Value notimpl_repr(Value) { return Value(str_intern("NotImplemented")); }
Value ellipsis_repr(Value) { return Value(str_intern("Ellipsis")); }
int none_nonzero(Value) { return 0; }
Value bool_repr(Value v) { return Value(str_intern(v.obj() == &TrueObject ? "True" : "False")); }

// None, NotImplemented and Ellipsis are the only instances of their types.
Value singleton_new(Value callee, const Value*, size_t, Tuple*) {
  raise_type_error("cannot create '%s' instances", callee.as<Type>()->name);
}

Value bool_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  size_t given = nargs + (kw ? static_cast<size_t>(kw->len) : 0);
  if (given > 1) raise_type_error("bool() takes at most 1 argument (%zu given)", given);
  if (kw && kw->len) {
    Str* name = kw->items[0].as<Str>();
    if (name->view() != "x") raise_type_error("'%s' is an invalid keyword argument for this function", name->data);
  }
  return from_bool(given && truth(args[0]));
}

Value bool_and(Value a, Value b) {
  if (type_of(a) == &BoolType && type_of(b) == &BoolType) return from_bool(truth(a) && truth(b));
  return IntType.nb[kNbAnd](a, b);
}
Value bool_or(Value a, Value b) {
  if (type_of(a) == &BoolType && type_of(b) == &BoolType) return from_bool(truth(a) || truth(b));
  return IntType.nb[kNbOr](a, b);
}
Value bool_xor(Value a, Value b) {
  if (type_of(a) == &BoolType && type_of(b) == &BoolType) return from_bool(truth(a) != truth(b));
  return IntType.nb[kNbXor](a, b);
}

void register_singletons() {
  NoneType.name = "NoneType";
  NoneType.repr = none_repr;
  NoneType.nonzero = none_nonzero;
  NoneType.tp_new = singleton_new;
  type_ready(&NoneType);
  type_hide_wrappers(&NoneType, {"__nonzero__"});  // 2.7 tests `is None` before any slot
  NotImplementedType.name = "NotImplementedType";
  NotImplementedType.repr = notimpl_repr;
  NotImplementedType.tp_new = singleton_new;
  type_ready(&NotImplementedType);
  EllipsisType.name = "ellipsis";
  EllipsisType.repr = ellipsis_repr;
  EllipsisType.tp_new = singleton_new;
  type_ready(&EllipsisType);

  BoolType.name = "bool";
  BoolType.base = &IntType;
  BoolType.repr = bool_repr;
  BoolType.str = bool_repr;
  BoolType.tp_new = bool_new;
  BoolType.nb[kNbAnd] = bool_and;
  BoolType.nb[kNbOr] = bool_or;
  BoolType.nb[kNbXor] = bool_xor;
  type_ready(&BoolType);
}
TypeRegistrar reg(register_singletons);

}  // namespace
}  // namespace pytrans::rt
