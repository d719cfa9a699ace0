// SPDX-License-Identifier: Apache-2.0
// function (Python-defined), builtin_function_or_method, and the method
// descriptors builtin types expose. All are called through the uniform
// CallFn convention of core/value.h.
#pragma once
#include "core/frame.h"
#include "core/value.h"

namespace pytrans::rt {

struct Cell : Object {
  Value v;  // null = empty
};

struct Function : Object {
  CallFn entry;            // generated wrapper: binds args, runs the body
  const CodeInfo* code;
  Str* name;               // __name__
  Dict* globals;           // module namespace
  Tuple* defaults;         // nullptr if none
  Tuple* closure;          // cells, nullptr if none
  Value doc;               // __doc__
  Dict* dict;              // function attributes
  Value module;            // __module__
};

// A builtin function or a builtin method bound to `self`.
struct BuiltinFunction : Object {
  const char* name;
  CallFn fn;       // called with callee = self (or the function itself when unbound)
  Value self;      // null for plain functions
  Value module_name;
};

// An unbound builtin method living in a type's dict ("method_descriptor").
struct MethodDescr : Object {
  const char* name;
  CallFn fn;       // callee = the receiver
  Type* owner;
};

// instancemethod: a function bound (or not) to an instance.
struct Method : Object {
  Value func;
  Value self;      // null = unbound
  Value klass;
};

extern Type FunctionType, BuiltinFunctionType, MethodDescrType, MethodType, CellType;
extern Type StaticMethodType, ClassMethodType, PropertyType;

Function* function_new(CallFn entry, const CodeInfo* code, Dict* globals, Tuple* defaults,
                       Tuple* closure, Value doc);
BuiltinFunction* builtin_function_new(const char* name, CallFn fn, Value self = Value());
Value method_new(Value func, Value self, Value klass);
Cell* cell_new(Value v = Value());

// Binds call arguments to `out` (code->argcount + varargs + varkw slots)
// following the function's signature and defaults, raising CPython's
// TypeErrors ("f() takes exactly 2 arguments (3 given)").
void bind_args(Function* f, const Value* args, size_t nargs, Tuple* kwnames, Value* out);

// Checks for builtins: "len() takes exactly one argument (2 given)" etc.
void check_no_kwargs(const char* fname, Tuple* kwnames);
void check_nargs(const char* fname, size_t nargs, size_t min, size_t max);

}  // namespace pytrans::rt
