// SPDX-License-Identifier: Apache-2.0
// _pytrans: pytrans-specific helpers for the pure-Python stdlib modules,
// standing in for things 2.7's stdlib reaches through the interpreter:
//   tuple_new(cls, iterable)   tuple.__new__ for tuple subclasses (namedtuple)
//   source_line(frame, lineno) the stripped source line of the frame's
//                              module, or None (traceback's linecache)
//   exc_traceback(exc)         the traceback of an exception's last raise
#include <cstring>

#include "core/gc.h"
#include "objects/exceptions.h"
#include "support.h"

namespace pytrans::rt {
namespace {

Value p_tuple_new(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("tuple_new", nargs, 2, 2);
  if (!is_type(args[0]) || !is_subtype(args[0].as<Type>(), &TupleType))
    raise_type_error("tuple.__new__(X): X is not a subtype of tuple");
  return TupleType.tp_new(args[0], args + 1, 1, nullptr);
}

Value p_source_line(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("source_line", nargs, 2, 2);
  if (!is_int(args[1])) raise_type_error("an integer is required");
  return frame_source_line(args[0], int_value(args[1]));
}

Value p_exc_traceback(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("exc_traceback", nargs, 1, 1);
  Value e = args[0];
  if (!e.is_small_int() && (type_of(e)->flags & kTypeExcSubclass)) {
    Value tb = e.as<BaseException>()->traceback;
    return tb.is_null() ? None() : tb;
  }
  return None();
}

// An instance of cls made without calling __init__ (copy's reconstruction):
// an old-style instance with an empty dict, or cls.__new__(cls).
Value p_new_empty(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("new_empty", nargs, 1, 1);
  Value cls = args[0];
  if (!cls.is_small_int() && type_of(cls) == &ClassObjType) {
    Instance* inst = new_object<Instance>(&InstanceType);
    inst->klass = cls.as<ClassObj>();
    inst->dict = dict_new();
    return Value(inst);
  }
  if (!is_type(cls)) raise_type_error("new_empty() needs a class, not %s", type_name(cls));
  Type* t = cls.as<Type>();
  if (!t->tp_new) raise_type_error("cannot create '%s' instances", t->name);
  return t->tp_new(cls, nullptr, 0, nullptr);
}

void init_pytrans(Module* m) {
  stdlib::mod_fns(m, {{"new_empty", p_new_empty}, {"tuple_new", p_tuple_new}, {"source_line", p_source_line}, {"exc_traceback", p_exc_traceback}});
}

NativeModule reg("_pytrans", init_pytrans);

}  // namespace
}  // namespace pytrans::rt
