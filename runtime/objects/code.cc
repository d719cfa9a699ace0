// SPDX-License-Identifier: Apache-2.0
// code objects: a read-only view of a compiled function's CodeInfo for
// introspection (f.func_code.co_argcount, co_varnames, co_name, co_flags...).
// There is no bytecode: co_code is an empty string.
#include <cstring>
#include <string>

#include "core/frame.h"
#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/exceptions.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

Type CodeType;

namespace {

struct Code : Object {
  const CodeInfo* info;
};

Tuple* names_tuple(const char* const* names, int n) {
  Tuple* t = tuple_new(n);
  for (int i = 0; i < n; ++i) t->items[i] = Value(str_intern(names[i], std::strlen(names[i])));
  return t;
}

Value code_getattr(Value self, Str* name) {
  const CodeInfo* c = self.as<Code>()->info;
  std::string_view n = name->view();
  if (n == "co_name") return Value(str_intern(c->name, std::strlen(c->name)));
  if (n == "co_filename") return Value(str_new(c->module->filename, std::strlen(c->module->filename)));
  if (n == "co_firstlineno") return small_int(c->firstlineno);
  if (n == "co_argcount") return small_int(c->argcount);
  if (n == "co_nlocals") return small_int(c->nvarnames);
  if (n == "co_flags") return small_int(c->flags);
  if (n == "co_varnames") return Value(names_tuple(c->varnames, c->nvarnames));
  if (n == "co_freevars") return Value(names_tuple(c->freevars, c->nfreevars));
  if (n == "co_cellvars" || n == "co_consts" || n == "co_names") return Value(tuple_empty());
  if (n == "co_code" || n == "co_lnotab") return Value(str_intern(""));
  return generic_getattr(self, name);
}

Value code_repr(Value self) {
  const CodeInfo* c = self.as<Code>()->info;
  char buf[96];
  std::snprintf(buf, sizeof buf, " at %p, file \"", reinterpret_cast<const void*>(c));
  std::string s = "<code object ";
  s += c->name;
  s += buf;
  s += c->module->filename;
  s += "\", line ";
  s += std::to_string(c->firstlineno);
  s += ">";
  return Value(str_new(s));
}

void register_code() {
  CodeType.name = "code";
  CodeType.getattr = code_getattr;
  CodeType.repr = code_repr;
  type_ready(&CodeType);
}
TypeRegistrar reg(register_code);

}  // namespace

const CodeInfo* code_info_of(Value v) {
  return !v.is_small_int() && v.obj()->type == &CodeType ? v.as<Code>()->info : nullptr;
}

Value code_object(const CodeInfo* info) {
  Code* c = new_object<Code>(&CodeType);
  c->info = info;
  return Value(c);
}

}  // namespace pytrans::rt
