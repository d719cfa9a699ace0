// SPDX-License-Identifier: Apache-2.0
// More of __builtin__ (alphabetical): the functions builtins.cc does not
// define, the remaining type names (enumerate, reversed, bytearray, ...) and
// the module's own attributes (__debug__, __name__, exit/quit, ...).
// builtins_init() calls builtins_misc_init() after filling its own table.
//
// Functions that need an interpreter at run time (eval, execfile, compile,
// input) exist, so that dir(__builtin__) and indirect calls behave, but
// raise NotImplementedError with a clear message. Direct calls of the first
// three are compile-time errors (emit/expr.py). reload() re-runs a compiled
// module's body (module_reload, core/module.cc).
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "builtins/kwargs.h"
#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/bytearray.h"
#include "objects/memoryview.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/enumerate.h"
#include "objects/exceptions.h"
#include "objects/file.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/long.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode.h"

namespace pytrans::rt {

namespace {

Value kwarg_value(Tuple* kw, const Value* args, size_t nargs, const char* name) {
  if (!kw) return Value();
  for (int64_t i = 0; i < kw->len; ++i)
    if (kw->items[i].as<Str>()->view() == name) return args[nargs + i];
  return Value();
}

// How 2.7's argument parser names a wrong argument's type: None is "None".
const char* arg_type_name(Value v) { return is_none(v) ? "None" : type_name(v); }

[[noreturn]] void needs_interpreter(const char* what) {
  raise_fmt(&NotImplementedErrorType,
            "%s is not supported: pytrans compiles ahead of time and has no interpreter at run time", what);
}

// __import__(name, globals={}, locals={}, fromlist=[], level=-1), parsed as
// 2.7's "s|OOOi" (a unicode name is ascii-encoded).
Value b_import(Value, const Value* args, size_t nargs, Tuple* kw) {
  internal::KwArgs p("__import__", args, nargs, kw, {"name", "globals", "locals", "fromlist", "level"}, 1);
  Value name = p.get(0);
  if (is_unicode(name)) name = Value(unicode_to_str(name.as<Unicode>()));
  if (!is_str(name)) raise_type_error("__import__() argument 1 must be string, not %s", arg_type_name(name));
  Value globals = p.get(1);
  p.get(2);
  Value fromlist = p.get(3);
  Value level = p.get(4);
  int lv = -1;
  if (!level.is_null()) {
    int64_t l = as_c_long(level);
    if (l > INT32_MAX) raise_overflow("signed integer is greater than maximum");
    if (l < INT32_MIN) raise_overflow("signed integer is less than minimum");
    lv = static_cast<int>(l);
  }
  p.finish();
  std::string_view n = name.as<Str>()->view();
  if (lv <= 0 && (n.empty() || n.front() == '.' || n.back() == '.' || n.find("..") != std::string_view::npos))
    raise_value_error("Empty module name");
  Dict* g = !globals.is_null() && is_dict(globals) ? globals.as<Dict>() : nullptr;
  return import_module(name.as<Str>(), g, fromlist.is_null() ? None() : fromlist, lv);
}

Value b_apply(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("apply", kw);
  check_nargs("apply", nargs, 1, 3);
  Value star = nargs > 1 ? args[1] : Value();
  Value starstar = nargs > 2 ? args[2] : Value();
  if (!star.is_null() && !is_tuple(star)) {
    if (!type_of(star)->iter && !type_of(star)->getitem)
      raise_type_error("apply() arg 2 expected sequence, found %s", type_name(star));
    star = Value(tuple_from(list_from_iterable(star)->items, list_from_iterable(star)->len));
  }
  if (!starstar.is_null() && !is_dict(starstar))
    raise_type_error("apply() arg 3 expected dictionary, found %s", type_name(starstar));
  return call_ex(args[0], nullptr, 0, nullptr, star, starstar);
}

Value b_coerce(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("coerce", kw);
  if (nargs != 2) raise_type_error("coerce expected 2 arguments, got %zu", nargs);
  Value a = args[0], b = args[1];
  // Two objects of one type come back as they are, numbers or not, unless
  // the type has 2.7's Py_TPFLAGS_CHECKTYPES (classes, str, unicode, sets):
  // those go through the number rules below, and old-style instances
  // through __coerce__.
  Type* ta = type_of(a);
  bool checktypes = (ta->flags & kTypeHeap) || ta == &InstanceType || ta == &StrType || ta == &UnicodeType ||
                    ta == &SetType || ta == &FrozenSetType;
  if (ta == type_of(b) && !checktypes) return Value(tuple_of({a, b}));
  if (type_of(a) == &InstanceType || type_of(b) == &InstanceType) {  // old-style __coerce__
    if (instance_coerce(&a, &b)) return Value(tuple_of({a, b}));
    raise_type_error("number coercion failed");
  }
  auto rank = [](Value v) {
    if (is_int(v)) return 1;
    if (is_long(v)) return 2;
    if (is_float(v)) return 3;
    if (is_complex(v)) return 4;
    return 0;
  };
  int ra = rank(a), rb = rank(b);
  if (!ra || !rb) raise_type_error("number coercion failed");
  if (type_of(a) == type_of(b)) return Value(tuple_of({a, b}));
  auto to = [](Value v, int r) -> Value {
    switch (r) {
      case 2: {
        if (is_long(v)) return v;
        return long_from_i64(int_value(v));
      }
      case 3: {
        double d;
        as_double(v, &d);
        return make_float(d);
      }
      case 4: {
        if (is_complex(v)) return v;
        double d;
        as_double(v, &d);
        return make_complex(d, 0.0);
      }
      default: return v;
    }
  };
  int r = std::max(ra, rb);
  if (ra == rb) return Value(tuple_of({a, b}));
  return Value(tuple_of({ra == r ? a : to(a, r), rb == r ? b : to(b, r)}));
}

Value b_compile(Value, const Value*, size_t, Tuple*) { needs_interpreter("compile()"); }

// ---- dir ----

void merge_names(std::vector<Value>& out, Dict* d) {
  if (!d) return;
  int64_t pos = 0;
  Value k;
  while (dict_next(d, &pos, &k, nullptr)) out.push_back(k);
}

void merge_class(std::vector<Value>& out, Value cls, int depth = 0) {
  if (depth > 100) return;
  if (is_type(cls)) {
    Type* t = cls.as<Type>();
    merge_names(out, t->dict);
    if (t->bases)
      for (int64_t i = 0; i < t->bases->len; ++i) merge_class(out, t->bases->items[i], depth + 1);
    return;
  }
  if (!cls.is_small_int() && cls.obj()->type == &ClassObjType) {
    ClassObj* c = cls.as<ClassObj>();
    merge_names(out, c->dict);
    for (int64_t i = 0; i < c->bases->len; ++i) merge_class(out, c->bases->items[i], depth + 1);
  }
}

Value sorted_unique(std::vector<Value>& names) {
  List* l = list_new();
  Dict* seen = dict_new();
  for (Value n : names) {
    if (!dict_get(seen, n).is_null()) continue;
    dict_set(seen, n, None());
    list_append(l, n);
  }
  list_sort(l, Value(), Value(), false);
  return Value(l);
}

Value b_dir(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("dir", kw);
  if (nargs > 1) raise_type_error("dir expected at most 1 arguments, got %zu", nargs);
  if (nargs == 0) raise_fmt(&NotImplementedErrorType, "dir() without an argument is not supported by pytrans yet");
  Value obj = args[0];
  std::vector<Value> names;
  Type* t = type_of(obj);
  if (t != &InstanceType && t != &ClassObjType && !is_type(obj) && t != &ModuleType) {
    Value f = type_lookup(t, str_intern("__dir__"));
    if (!f.is_null()) {
      Value r = call(f, obj);
      if (!is_list(r)) raise_type_error("__dir__() must return a list, not %s", type_name(r));
      List* l = list_from_iterable(r);
      list_sort(l, Value(), Value(), false);
      return Value(l);
    }
  }
  if (t == &ModuleType) {
    Value d = getattr_opt(obj, str_intern("__dict__"));
    if (d.is_null() || !is_dict(d)) raise_type_error("<module>.__dict__ is not a dictionary");
    merge_names(names, d.as<Dict>());
  } else if (is_type(obj) || t == &ClassObjType) {
    merge_class(names, obj);
  } else {
    Value d = getattr_opt(obj, str_intern("__dict__"));
    if (!d.is_null() && is_dict(d)) merge_names(names, d.as<Dict>());
    Value cls = getattr_opt(obj, str_intern("__class__"));
    if (!cls.is_null()) merge_class(names, cls);
  }
  return sorted_unique(names);
}

Value b_eval(Value, const Value*, size_t, Tuple*) { needs_interpreter("eval()"); }
Value b_execfile(Value, const Value*, size_t, Tuple*) { needs_interpreter("execfile()"); }

Value b_input(Value, const Value*, size_t, Tuple*) {
  raise_fmt(&NotImplementedErrorType,
            "input() is not supported: it evaluates the line read as Python code, and pytrans has no "
            "interpreter at run time; use raw_input()");
}

Value b_intern(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("intern", kw);
  if (nargs != 1) raise_type_error("intern() takes exactly 1 argument (%zu given)", nargs);
  Value s = args[0];
  if (!is_str(s)) raise_type_error("intern() argument 1 must be string, not %s", arg_type_name(s));
  if (s.obj()->type != &StrType) raise_type_error("can't intern subclass of string");
  return Value(str_intern(s.as<Str>()->view()));
}

Value b_print(Value, const Value* args, size_t nargs, Tuple* kw) {
  Value sep, end, file;
  if (kw) {
    for (int64_t i = 0; i < kw->len; ++i) {
      std::string_view n = kw->items[i].as<Str>()->view();
      Value v = args[nargs + i];
      if (n == "sep") sep = v;
      else if (n == "end") end = v;
      else if (n == "file") file = v;
      else raise_type_error("'%s' is an invalid keyword argument for this function", kw->items[i].as<Str>()->data);
    }
  }
  if (file.is_null() || is_none(file)) {
    Value sys = dict_get_str(sys_modules(), str_intern("sys"));
    file = sys.is_null() ? Value() : getattr_opt(sys, str_intern("stdout"));
    if (file.is_null()) raise_msg(&RuntimeErrorType, "lost sys.stdout");
    if (is_none(file)) return None();
  }
  auto text_ok = [](Value v) { return v.is_null() || is_none(v) || is_str(v) || (type_of(v)->flags & kTypeUnicodeSubclass); };
  if (!text_ok(sep)) raise_type_error("sep must be None, str or unicode, not %s", type_name(sep));
  if (!text_ok(end)) raise_type_error("end must be None, str or unicode, not %s", type_name(end));
  Str* write = str_intern("write");
  auto emit = [&](Value v) {
    if (!is_str(v) && !(type_of(v)->flags & kTypeUnicodeSubclass)) v = Value(to_str(v));
    call_method(file, write, v);
  };
  for (size_t i = 0; i < nargs; ++i) {
    if (i > 0) emit(sep.is_null() || is_none(sep) ? Value(str_from_char(' ')) : sep);
    emit(args[i]);
  }
  emit(end.is_null() || is_none(end) ? Value(str_from_char('\n')) : end);
  return None();
}

Value b_reload(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("reload", kw);
  check_nargs("reload", nargs, 1, 1);
  return module_reload(args[0]);
}

Value b_namespace_indirect(Value, const Value*, size_t, Tuple*) {
  raise_fmt(&NotImplementedErrorType,
            "globals()/locals()/vars() called indirectly (not by name) are not supported by pytrans");
}

Value b_vars(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("vars", kw);
  if (nargs > 1) raise_type_error("vars expected at most 1 arguments, got %zu", nargs);
  if (nargs == 0) b_namespace_indirect(Value(), nullptr, 0, nullptr);
  Value d = getattr_opt(args[0], str_intern("__dict__"));
  if (d.is_null()) raise_type_error("vars() argument must have __dict__ attribute");
  return d;
}

// exit / quit: 2.7's site.Quitter instances; calling one raises SystemExit.
Value quitter_call(Value, const Value* args, size_t nargs, Tuple*) {
  Value code = nargs ? args[0] : None();
  flush_std_files();
  raise(exc_new(&SystemExitType, &code, 1));
}

// dict.fromkeys and bytearray.fromhex are classmethods in 2.7: the method
// rows registered by their types become classmethod objects wrapping a
// builtin that passes the class as the receiver.
Value classmethod_trampoline(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  MethodDescr* d = callee.as<MethodDescr>();
  if (nargs < 1) raise_type_error("descriptor '%s' needs an argument", d->name);
  return d->fn(args[0], args + 1, nargs - 1, kw);
}

void make_classmethod(Type* t, const char* name) {
  Value d = dict_get_str(t->dict, str_intern(name));
  if (d.is_null() || type_of(d) != &MethodDescrType) return;
  Value fn = Value(builtin_function_new(name, classmethod_trampoline, d));
  dict_set(t->dict, Value(str_intern(name)), call(Value(&ClassMethodType), fn));
  type_modified();  // type_lookup caches class namespaces
}

struct MiscDef {
  const char* name;
  CallFn fn;
};

const MiscDef kMisc[] = {
    {"__import__", b_import}, {"apply", b_apply}, {"coerce", b_coerce}, {"compile", b_compile},
    {"dir", b_dir}, {"eval", b_eval}, {"execfile", b_execfile}, {"globals", b_namespace_indirect},
    {"input", b_input}, {"intern", b_intern}, {"locals", b_namespace_indirect}, {"print", b_print},
    {"reload", b_reload}, {"vars", b_vars},
};

}  // namespace

void builtins_misc_init(Dict* d) {
  make_classmethod(&DictType, "fromkeys");
  make_classmethod(&ByteArrayType, "fromhex");
  make_classmethod(&FloatType, "fromhex");
  for (const MiscDef& b : kMisc)
    dict_set(d, Value(str_intern(b.name)), Value(builtin_function_new(b.name, b.fn)));
  struct TypeName {
    const char* name;
    Type* type;
  };
  const TypeName types[] = {
      {"bytearray", &ByteArrayType}, {"bytes", &StrType}, {"enumerate", &EnumerateType},
      {"memoryview", &MemoryViewType}, {"buffer", &BufferType}, {"reversed", &ReversedType},
  };
  for (const TypeName& t : types) dict_set(d, Value(str_intern(t.name)), Value(t.type));
  dict_set(d, Value(str_intern("__debug__")), True());
  dict_set(d, Value(str_intern("__name__")), Value(str_intern("__builtin__")));
  dict_set(d, Value(str_intern("__package__")), None());
  dict_set(d, Value(str_intern("__doc__")),
           Value(str_intern("Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the "
                            "`nil' object; Ellipsis represents `...' in slices.")));
  // site.py's helpers: exit/quit raise SystemExit; copyright/credits/license/help are stubs.
  for (const char* n : {"exit", "quit"})
    dict_set(d, Value(str_intern(n)), Value(builtin_function_new(n, quitter_call)));
  for (const char* n : {"copyright", "credits", "license", "help"})
    dict_set(d, Value(str_intern(n)), Value(builtin_function_new(n, b_namespace_indirect)));
}

}  // namespace pytrans::rt
