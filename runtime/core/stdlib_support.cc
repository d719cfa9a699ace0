// SPDX-License-Identifier: Apache-2.0
// Runtime hooks the standard library needs that no runtime file provides
// yet. Each one only fills a slot that is still empty at start-up, so the
// owning file's own implementation wins as soon as it exists.
//
// - type(name, bases, dict): the 3-argument form of type() (namedtuple builds
//   its classes this way, without exec).
#include "core/ops.h"
#include "core/raise.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {
Value type_new_heap(Type* meta, Str* name, Tuple* bases, Dict* ns);  // objects/class.cc
namespace {

Value (*g_previous_type_new)(Value, const Value*, size_t, Tuple*) = nullptr;

Value type_tp_new_3(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs == 3 && !kw) {
    if (!is_str(args[0])) raise_type_error("type() argument 1 must be string, not %s", type_name(args[0]));
    if (!is_tuple(args[1])) raise_type_error("type() argument 2 must be tuple, not %s", type_name(args[1]));
    if (!is_dict(args[2])) raise_type_error("type() argument 3 must be dict, not %s", type_name(args[2]));
    Dict* ns = dict_new();
    dict_merge(ns, args[2], true);
    return type_new_heap(callee.as<Type>(), args[0].as<Str>(), args[1].as<Tuple>(), ns);
  }
  if (nargs == 1 && !kw) return Value(type_of(args[0]));
  if (g_previous_type_new) return g_previous_type_new(callee, args, nargs, kw);
  raise_type_error("type() takes 1 or 3 arguments");
}

void install_type_new() {
  if (TypeType.tp_new) return;
  TypeType.tp_new = type_tp_new_3;
}
TypeRegistrar reg(install_type_new);

}  // namespace
}  // namespace pytrans::rt
