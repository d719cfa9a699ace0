// SPDX-License-Identifier: Apache-2.0
// Functions and methods: Python functions, builtin functions, method
// descriptors of builtin types, bound/unbound instancemethods, cells; and
// bind_args, which maps a call's arguments onto a Python function's
// parameters with CPython 2.7's exact TypeError messages.
#include "objects/function.h"

#include <cstring>
#include <string>

#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/exceptions.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

Value code_object(const CodeInfo* code);  // code.cc
const CodeInfo* code_info_of(Value v);    // code.cc: nullptr unless a code object

Type FunctionType, BuiltinFunctionType, MethodDescrType, MethodType, CellType;

Function* function_new(CallFn entry, const CodeInfo* code, Dict* globals, Tuple* defaults,
                       Tuple* closure, Value doc) {
  Function* f = new_object<Function>(&FunctionType);
  f->entry = entry;
  f->code = code;
  f->name = str_intern(code->name);
  f->globals = globals;
  f->defaults = defaults && defaults->len ? defaults : nullptr;
  f->closure = closure;
  f->doc = doc.is_null() ? None() : doc;
  if (globals) {
    Value m = dict_get_str(globals, str_intern("__name__"));
    f->module = m.is_null() ? None() : m;
  } else {
    f->module = None();
  }
  return f;
}

BuiltinFunction* builtin_function_new(const char* name, CallFn fn, Value self) {
  BuiltinFunction* b = new_object<BuiltinFunction>(&BuiltinFunctionType);
  b->name = name;
  b->fn = fn;
  b->self = self;
  return b;
}

Value method_new(Value func, Value self, Value klass) {
  Method* m = new_object<Method>(&MethodType);
  m->func = func;
  m->self = self;
  m->klass = klass;
  return Value(m);
}

Cell* cell_new(Value v) {
  Cell* c = new_object<Cell>(&CellType);
  c->v = v;
  return c;
}

void check_no_kwargs(const char* fname, Tuple* kwnames) {
  if (kwnames && kwnames->len) raise_type_error("%s() takes no keyword arguments", fname);
}

void check_nargs(const char* fname, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max) return;
  if (min == max) {
    if (min == 0) raise_type_error("%s() takes no arguments (%zu given)", fname, nargs);
    if (min == 1) raise_type_error("%s() takes exactly one argument (%zu given)", fname, nargs);
    raise_type_error("%s expected %zu arguments, got %zu", fname, min, nargs);
  }
  if (nargs < min) raise_type_error("%s expected at least %zu arguments, got %zu", fname, min, nargs);
  raise_type_error("%s expected at most %zu arguments, got %zu", fname, max, nargs);
}

// ---- argument binding ----

void bind_args(Function* f, const Value* args, size_t nargs, Tuple* kwnames, Value* out) {
  const CodeInfo* co = f->code;
  const int argcount = co->argcount;
  const size_t nkw = kwnames ? static_cast<size_t>(kwnames->len) : 0;
  const int ndefaults = f->defaults ? static_cast<int>(f->defaults->len) : 0;
  Dict* kwdict = nullptr;
  if (co->varkw) kwdict = dict_new();

  size_t npos = nargs;
  if (argcount == 0 && !co->varargs && !co->varkw && (npos + nkw) > 0)
    raise_type_error("%s() takes no arguments (%d given)", co->name, static_cast<int>(npos + nkw));
  if (npos > static_cast<size_t>(argcount) && !co->varargs) {
    // "f() takes exactly 2 arguments (3 given)"
    int given = static_cast<int>(npos + nkw);
    const char* how = ndefaults ? "at most" : "exactly";
    raise_type_error("%s() takes %s %d argument%s (%d given)", co->name, how, argcount,
                     argcount == 1 ? "" : "s", given);
  }
  size_t ncopy = npos < static_cast<size_t>(argcount) ? npos : argcount;
  for (size_t i = 0; i < ncopy; ++i) out[i] = args[i];
  for (int i = static_cast<int>(ncopy); i < argcount; ++i) out[i] = Value();
  if (co->varargs) {
    size_t extra = npos > static_cast<size_t>(argcount) ? npos - argcount : 0;
    out[argcount] = Value(tuple_from(args + argcount, extra));
  }
  for (size_t k = 0; k < nkw; ++k) {
    Str* name = kwnames->items[k].as<Str>();
    Value v = args[nargs + k];
    int j = 0;
    for (; j < argcount; ++j) {
      if (name->view() == co->argnames[j]) break;
    }
    if (j == argcount) {
      if (!kwdict) raise_type_error("%s() got an unexpected keyword argument '%s'", co->name, name->data);
      dict_set(kwdict, Value(name), v);
      continue;
    }
    if (!out[j].is_null())
      raise_type_error("%s() got multiple values for keyword argument '%s'", co->name, name->data);
    out[j] = v;
  }
  int firstdefault = argcount - ndefaults;
  for (int i = 0; i < argcount; ++i) {
    if (!out[i].is_null()) continue;
    if (i >= firstdefault) {
      out[i] = f->defaults->items[i - firstdefault];
      continue;
    }
    // Missing required argument.
    int given = static_cast<int>(npos);
    for (size_t k = 0; k < nkw; ++k) {
      Str* name = kwnames->items[k].as<Str>();
      for (int j = 0; j < argcount; ++j)
        if (name->view() == co->argnames[j]) ++given;
    }
    const char* how = (co->varargs || ndefaults) ? "at least" : "exactly";
    int need = argcount - ndefaults;
    if (nkw && !co->varargs && !ndefaults) how = "exactly";
    raise_type_error("%s() takes %s %d argument%s (%d given)", co->name, how, need, need == 1 ? "" : "s",
                     static_cast<int>(npos + nkw) > given ? given : given);
  }
  if (co->varkw) out[argcount + (co->varargs ? 1 : 0)] = Value(kwdict);
}

namespace {

// ---- function ----

Value function_call(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  Function* f = callee.as<Function>();
  return f->entry(callee, args, nargs, kw);
}

Value function_descr_get(Value self, Value obj, Value type) {
  if (obj.is_null() || is_none(obj)) {
    if (obj.is_null()) return method_new(self, Value(), type);
  }
  return method_new(self, obj, type);
}

Value function_repr(Value self) {
  char buf[128];
  std::snprintf(buf, sizeof buf, "<function %s at %p>", self.as<Function>()->name->data,
                reinterpret_cast<void*>(self.bits));
  return Value(str_new(buf, std::strlen(buf)));
}

Value function_getattr(Value self, Str* name) {
  Function* f = self.as<Function>();
  std::string_view n = name->view();
  if (n == "__name__" || n == "func_name") return Value(f->name);
  if (n == "__doc__" || n == "func_doc") return f->doc;
  if (n == "__module__") return f->module;
  if (n == "func_defaults" || n == "__defaults__") return f->defaults ? Value(f->defaults) : None();
  if (n == "func_code" || n == "__code__") return code_object(f->code);
  if (n == "func_closure" || n == "__closure__") return f->closure ? Value(f->closure) : None();
  if (n == "func_globals" || n == "__globals__") return Value(f->globals);
  if (n == "__dict__" || n == "func_dict") {
    if (!f->dict) f->dict = dict_new();
    return Value(f->dict);
  }
  if (f->dict) {
    Value v = dict_get_str(f->dict, name);
    if (!v.is_null()) return v;
  }
  return generic_getattr(self, name);
}

// Setting (v) or deleting (v null) an attribute, with 2.7's rules: the name
// and code cannot be deleted, doc/module/defaults delete to None, globals and
// closure are read-only members, the dict can be replaced by a dict only.
void function_setattr(Value self, Str* name, Value v) {
  Function* f = self.as<Function>();
  std::string_view n = name->view();
  if (n == "__name__" || n == "func_name") {
    if (v.is_null() || !is_str(v)) raise_type_error("__name__ must be set to a string object");
    f->name = v.as<Str>();
    return;
  }
  if (n == "__doc__" || n == "func_doc") { f->doc = v.is_null() ? None() : v; return; }
  if (n == "__module__") { f->module = v.is_null() ? None() : v; return; }
  if (n == "func_defaults" || n == "__defaults__") {
    if (v.is_null() || is_none(v)) { f->defaults = nullptr; return; }
    if (!is_tuple(v)) raise_type_error("__defaults__ must be set to a tuple object");
    f->defaults = v.as<Tuple>();
    return;
  }
  if (n == "func_code" || n == "__code__") {
    const CodeInfo* code = v.is_null() ? nullptr : code_info_of(v);
    if (!code) raise_type_error("__code__ must be set to a code object");
    // The body is compiled code bound to its own code object: only the
    // function's own code can be put back.
    if (code != f->code) raise_type_error("pytrans: a function's __code__ can only be set to its own code object");
    return;
  }
  if (n == "func_globals" || n == "__globals__" || n == "func_closure" || n == "__closure__")
    raise_type_error("readonly attribute");
  if (n == "__dict__" || n == "func_dict") {
    if (v.is_null()) raise_type_error("function's dictionary may not be deleted");
    if (!is_dict(v)) raise_type_error("setting function's dictionary to a non-dict");
    f->dict = v.as<Dict>();
    return;
  }
  if (!f->dict) f->dict = dict_new();
  if (v.is_null()) {
    if (!dict_del(f->dict, Value(name))) raise_attribute_error(self, name);
  } else {
    dict_set(f->dict, Value(name), v);
  }
}

// ---- builtin function ----

Value builtin_call(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  BuiltinFunction* b = callee.as<BuiltinFunction>();
  return b->fn(b->self.is_null() ? callee : b->self, args, nargs, kw);
}

Value builtin_repr(Value self) {
  BuiltinFunction* b = self.as<BuiltinFunction>();
  std::string s;
  if (b->self.is_null()) {
    s = "<built-in function ";
    s += b->name;
    s += ">";
  } else {
    char buf[64];
    std::snprintf(buf, sizeof buf, " object at %p>", reinterpret_cast<void*>(b->self.bits));
    s = "<built-in method ";
    s += b->name;
    s += " of ";
    s += type_of(b->self)->name;
    s += buf;
  }
  return Value(str_new(s));
}

Value builtin_getattr(Value self, Str* name) {
  BuiltinFunction* b = self.as<BuiltinFunction>();
  if (name->view() == "__name__") return Value(str_new(b->name, std::strlen(b->name)));
  if (name->view() == "__self__") return b->self.is_null() ? None() : b->self;
  if (name->view() == "__doc__") return None();
  if (name->view() == "__module__") {
    // 2.7 keeps the defining module's name for module-level builtins only.
    if (!b->module_name.is_null()) return b->module_name;
    return b->self.is_null() ? Value(str_intern("__builtin__")) : None();
  }
  return generic_getattr(self, name);
}

// ---- method descriptor (unbound builtin method) ----

Value descr_call(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  MethodDescr* d = callee.as<MethodDescr>();
  if (nargs < 1)
    raise_type_error("descriptor '%s' of '%s' object needs an argument", d->name, d->owner->name);
  if (!is_subtype(type_of(args[0]), d->owner))
    raise_type_error("descriptor '%s' requires a '%s' object but received a '%s'", d->name, d->owner->name,
                     type_name(args[0]));
  return d->fn(args[0], args + 1, nargs - 1, kw);
}

Value descr_get(Value self, Value obj, Value) {
  MethodDescr* d = self.as<MethodDescr>();
  if (obj.is_null()) return self;
  return Value(builtin_function_new(d->name, d->fn, obj));
}

Value descr_repr(Value self) {
  MethodDescr* d = self.as<MethodDescr>();
  std::string s = "<method '";
  s += d->name;
  s += "' of '";
  s += d->owner->name;
  s += "' objects>";
  return Value(str_new(s));
}

// ---- instancemethod ----

// The class name shown in method reprs and errors (new- or old-style class).
std::string class_name_of(Value klass) {
  if (klass.is_null()) return "?";
  if (is_type(klass)) return klass.as<Type>()->name;
  if (!klass.is_small_int() && klass.obj()->type == &ClassObjType) return std::string(klass.as<ClassObj>()->name->view());
  return "?";
}

// "int instance", "A instance" (old-style instances name their class).
std::string instance_desc(Value v) {
  if (type_of(v) == &InstanceType) return std::string(v.as<Instance>()->klass->name->view()) + " instance";
  return std::string(type_short_name(v)) + " instance";
}

Value method_call(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  Method* m = callee.as<Method>();
  if (m->self.is_null()) {
    // Unbound: first argument must be an instance of the class.
    if (nargs < 1 || (!m->klass.is_null() && !isinstance(args[0], m->klass))) {
      std::string fname = "?";
      if (type_of(m->func) == &FunctionType) fname = m->func.as<Function>()->name->view();
      std::string cname = class_name_of(m->klass);
      std::string got = nargs < 1 ? "nothing" : instance_desc(args[0]);
      raise_type_error("unbound method %s() must be called with %s instance as first argument (got %s instead)",
                       fname.c_str(), cname.c_str(), got.c_str());
    }
    return call_v(m->func, args, nargs, kw);
  }
  size_t total = nargs + (kw ? kw->len : 0);
  Value* a = static_cast<Value*>(__builtin_alloca((total + 1) * sizeof(Value)));
  a[0] = m->self;
  for (size_t i = 0; i < total; ++i) a[i + 1] = args[i];
  return call_v(m->func, a, nargs + 1, kw);
}

// 2.7: methods are equal when bound to the same object (identity) with equal functions.
Value method_richcompare(Value a, Value b, CompareOp op) {
  if ((op != kEq && op != kNe) || type_of(b) != &MethodType) return NotImplemented();
  Method* x = a.as<Method>();
  Method* y = b.as<Method>();
  bool eq = x->self == y->self && equal(x->func, y->func);
  return from_bool(op == kEq ? eq : !eq);
}

int64_t method_hash(Value self) {
  Method* m = self.as<Method>();
  int64_t h = m->self.is_null() ? 0 : hash(m->self);
  int64_t r = h ^ hash(m->func);
  return r == -1 ? -2 : r;
}

Value method_getattr(Value self, Str* name) {
  Method* m = self.as<Method>();
  std::string_view n = name->view();
  if (n == "im_self" || n == "__self__") return m->self.is_null() ? None() : m->self;
  if (n == "im_func" || n == "__func__") return m->func;
  if (n == "im_class") return m->klass.is_null() ? None() : m->klass;
  if (n == "__doc__") return getattr(m->func, name);
  // 2.7: the instancemethod type's attributes first (m.__class__, m.__call__),
  // everything else from the function.
  if (!type_lookup(&MethodType, name).is_null()) return generic_getattr(self, name);
  return getattr(m->func, name);
}

// An unbound method found as a class attribute binds like its function,
// unless the class is unrelated to the method's class (2.7 leaves it alone).
Value method_descr_get(Value self, Value obj, Value cls) {
  Method* m = self.as<Method>();
  if (!m->self.is_null()) return self;
  if (!m->klass.is_null() && !cls.is_null() && !is_none(cls) && is_type(cls) && is_type(m->klass) &&
      !is_subtype(cls.as<Type>(), m->klass.as<Type>()))
    return self;
  if (obj.is_null() || is_none(obj)) obj = Value();
  return method_new(m->func, obj, cls.is_null() || is_none(cls) ? m->klass : cls);
}

Value method_repr(Value self) {
  Method* m = self.as<Method>();
  std::string fname = type_of(m->func) == &FunctionType ? std::string(m->func.as<Function>()->name->view()) : "?";
  std::string cname = class_name_of(m->klass);
  if (m->self.is_null()) return Value(str_new("<unbound method " + cname + "." + fname + ">"));
  return Value(str_new("<bound method " + cname + "." + fname + " of " + std::string(repr(m->self)->view()) + ">"));
}

// Cells compare by contents; an empty cell is smaller than any full one.
Value cell_richcompare(Value a, Value b, CompareOp op) {
  if (type_of(b) != &CellType) return NotImplemented();
  Value x = a.as<Cell>()->v, y = b.as<Cell>()->v;
  int c = x.is_null() || y.is_null() ? (y.is_null() ? 0 : -1) + (x.is_null() ? 0 : 1) : cmp3(x, y);
  return from_bool(cmp_small(c, 0, op));
}

Value cell_getattr(Value self, Str* name) {
  if (name->view() == "cell_contents") {
    Value v = self.as<Cell>()->v;
    if (v.is_null()) raise_value_error("Cell is empty");
    return v;
  }
  return generic_getattr(self, name);
}

void cell_setattr(Value self, Str* name, Value v) {
  if (name->view() == "cell_contents")
    raise_msg(&AttributeErrorType, "attribute 'cell_contents' of 'cell' objects is not writable");
  generic_setattr(self, name, v);
}

Value cell_repr(Value self) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "<cell at %p: ", reinterpret_cast<void*>(self.bits));
  Cell* c = self.as<Cell>();
  std::string s = buf;
  s += c->v.is_null() ? "empty>" : std::string(type_name(c->v)) + " object>";
  return Value(str_new(s));
}

// builtin_function_or_method compares by (self, function) identity.
Value builtin_richcompare(Value a, Value b, CompareOp op) {
  if ((op != kEq && op != kNe) || type_of(b) != &BuiltinFunctionType) return NotImplemented();
  BuiltinFunction* x = a.as<BuiltinFunction>();
  BuiltinFunction* y = b.as<BuiltinFunction>();
  bool eq = x->self == y->self && x->fn == y->fn;
  return from_bool(op == kEq ? eq : !eq);
}
Value builtin_cmp_m(Value self, const Value* args, size_t nargs, Tuple*) {
  return type_cmp_via_richcompare(&BuiltinFunctionType, self, args, nargs);
}
Value method_cmp_m(Value self, const Value* args, size_t nargs, Tuple*) {
  return type_cmp_via_richcompare(&MethodType, self, args, nargs);
}
Value cell_cmp_m(Value self, const Value* args, size_t nargs, Tuple*) {
  return type_cmp_via_richcompare(&CellType, self, args, nargs);
}

void register_functions() {
  FunctionType.name = "function";
  FunctionType.call = function_call;
  FunctionType.descr_get = function_descr_get;
  FunctionType.repr = function_repr;
  FunctionType.getattr = function_getattr;
  FunctionType.setattr = function_setattr;
  type_ready(&FunctionType);
  type_add_getsets(&FunctionType, {
      {"__closure__", nullptr, nullptr, false, true}, {"__code__", nullptr, nullptr, true},
      {"__defaults__", nullptr, nullptr, true},      {"__dict__", nullptr, nullptr, true},
      {"__doc__", nullptr, nullptr, true, true},     {"__globals__", nullptr, nullptr, false, true},
      {"__module__", nullptr, nullptr, true, true},  {"__name__", nullptr, nullptr, true},
      {"func_closure", nullptr, nullptr, false, true}, {"func_code", nullptr, nullptr, true},
      {"func_defaults", nullptr, nullptr, true},     {"func_dict", nullptr, nullptr, true},
      {"func_doc", nullptr, nullptr, true, true},          {"func_globals", nullptr, nullptr, false, true},
      {"func_name", nullptr, nullptr, true},
  });

  BuiltinFunctionType.name = "builtin_function_or_method";
  BuiltinFunctionType.call = builtin_call;
  BuiltinFunctionType.repr = builtin_repr;
  BuiltinFunctionType.getattr = builtin_getattr;
  BuiltinFunctionType.richcompare = builtin_richcompare;
  type_ready(&BuiltinFunctionType, {{"__cmp__", builtin_cmp_m}});
  type_add_getsets(&BuiltinFunctionType, {{"__doc__"}, {"__module__", nullptr, nullptr, false, true},
                                          {"__name__"}, {"__self__"}});

  MethodDescrType.name = "method_descriptor";
  MethodDescrType.call = descr_call;
  MethodDescrType.descr_get = descr_get;
  MethodDescrType.repr = descr_repr;
  type_ready(&MethodDescrType);

  MethodType.name = "instancemethod";
  MethodType.call = method_call;
  MethodType.getattr = method_getattr;
  MethodType.repr = method_repr;
  MethodType.richcompare = method_richcompare;
  MethodType.hash = method_hash;
  MethodType.descr_get = method_descr_get;
  type_ready(&MethodType, {{"__cmp__", method_cmp_m}});
  type_hide_wrappers(&MethodType, {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"});
  type_add_getsets(&MethodType, {{"__doc__"}, {"__func__"}, {"__self__"},
                                 {"im_class", nullptr, nullptr, false, true},
                                 {"im_func", nullptr, nullptr, false, true},
                                 {"im_self", nullptr, nullptr, false, true}});

  CellType.name = "cell";
  CellType.repr = cell_repr;
  CellType.richcompare = cell_richcompare;
  CellType.getattr = cell_getattr;
  CellType.setattr = cell_setattr;
  CellType.hash = hash_unhashable;
  type_ready(&CellType, {{"__cmp__", cell_cmp_m}});
  type_hide_wrappers(&CellType, {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"});
  type_add_getsets(&CellType, {{"cell_contents"}});
}
TypeRegistrar reg(register_functions);

}  // namespace
}  // namespace pytrans::rt
