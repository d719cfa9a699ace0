// SPDX-License-Identifier: Apache-2.0
// The builtin exception classes: BaseException's args/message/__str__/
// __repr__, the per-class variants (KeyError's repr-of-key, EnvironmentError's
// "[Errno N] text: 'file'", SystemExit.code), and the traceback printer that
// reproduces CPython 2.7's output byte for byte.
#include "objects/exceptions.h"

#include <cstdio>
#include <cstring>
#include <string>

#include "core/frame.h"
#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/dict.h"
#include "objects/function.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

#define PYTRANS_DEFINE_EXC(name, base) Type name##Type;
PYTRANS_EXCEPTIONS(PYTRANS_DEFINE_EXC)
#undef PYTRANS_DEFINE_EXC
Type TracebackType;

namespace {

BaseException* as_exc(Value v) { return v.as<BaseException>(); }

void set_args(BaseException* e, const Value* args, size_t nargs) {
  e->args = tuple_from(args, nargs);
  e->message = nargs == 1 ? args[0] : Value(str_intern(""));
}

Value exc_tp_new(Value callee, const Value* args, size_t nargs, Tuple*) {
  Type* t = callee.as<Type>();
  BaseException* e = new_object<BaseException>(t, t->instance_size ? t->instance_size : sizeof(BaseException));
  set_args(e, args, nargs);
  return Value(e);
}

Value exc_tp_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->len) raise_type_error("%s does not take keyword arguments", type_of(self)->name);
  set_args(as_exc(self), args, nargs);
  return None();
}

Value env_tp_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  exc_tp_init(self, args, nargs, kw);
  BaseException* e = as_exc(self);
  if (!e->dict) e->dict = dict_new();
  Value errno_ = None(), strerror = None(), filename = None();
  if (nargs >= 2 && nargs <= 3) {
    errno_ = args[0];
    strerror = args[1];
    if (nargs == 3) {
      filename = args[2];
      e->args = tuple_of({args[0], args[1]});  // 2.7 keeps only (errno, strerror) in args
    }
  }
  dict_set(e->dict, Value(str_intern("errno")), errno_);
  dict_set(e->dict, Value(str_intern("strerror")), strerror);
  dict_set(e->dict, Value(str_intern("filename")), filename);
  return None();
}

Value sysexit_tp_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  exc_tp_init(self, args, nargs, kw);
  BaseException* e = as_exc(self);
  if (!e->dict) e->dict = dict_new();
  Value code = nargs == 0 ? None() : nargs == 1 ? args[0] : Value(e->args);
  dict_set(e->dict, Value(str_intern("code")), code);
  return None();
}

Value exc_str_slot(Value self) {
  Tuple* a = as_exc(self)->args;
  if (!a || a->len == 0) return Value(str_intern(""));
  if (a->len == 1) return Value(to_str(a->items[0]));
  return Value(to_str(Value(a)));
}

Value keyerror_str(Value self) {
  Tuple* a = as_exc(self)->args;
  if (a && a->len == 1) return Value(repr(a->items[0]));
  return exc_str_slot(self);
}

Value env_str(Value self) {
  BaseException* e = as_exc(self);
  Value errno_ = e->dict ? dict_get_str(e->dict, str_intern("errno")) : Value();
  Value strerror = e->dict ? dict_get_str(e->dict, str_intern("strerror")) : Value();
  Value filename = e->dict ? dict_get_str(e->dict, str_intern("filename")) : Value();
  if (!filename.is_null() && !is_none(filename)) {
    std::string s = "[Errno ";
    s += to_str(errno_)->view();
    s += "] ";
    s += to_str(strerror)->view();
    s += ": ";
    s += repr(filename)->view();
    return Value(str_new(s));
  }
  if (!errno_.is_null() && !is_none(errno_) && !strerror.is_null() && !is_none(strerror)) {
    std::string s = "[Errno ";
    s += to_str(errno_)->view();
    s += "] ";
    s += to_str(strerror)->view();
    return Value(str_new(s));
  }
  return exc_str_slot(self);
}

Value exc_repr(Value self) {
  Type* t = type_of(self);
  const char* dot = std::strrchr(t->name, '.');
  std::string s = dot ? dot + 1 : t->name;
  Tuple* a = as_exc(self)->args;
  s += (a && a->len) ? std::string(repr(Value(a))->view()) : "()";
  return Value(str_new(s));
}

Value exc_getattr(Value self, Str* name) {
  BaseException* e = as_exc(self);
  std::string_view n = name->view();
  if (n == "args") return Value(e->args ? e->args : tuple_empty());
  if (n == "message") return e->message.is_null() ? Value(str_intern("")) : e->message;
  if (n == "__dict__") {
    if (!e->dict) e->dict = dict_new();
    return Value(e->dict);
  }
  return generic_getattr(self, name);
}

void exc_setattr(Value self, Str* name, Value v) {
  BaseException* e = as_exc(self);
  std::string_view n = name->view();
  if (n == "args") {
    List* l = list_from_iterable(v);
    e->args = tuple_from(l->items, l->len);
    return;
  }
  if (n == "message") {
    e->message = v;
    return;
  }
  generic_setattr(self, name, v);
}

Value tb_repr(Value self) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "<traceback object at %p>", reinterpret_cast<void*>(self.bits));
  return Value(str_new(buf, std::strlen(buf)));
}

void register_exceptions() {
  Type* all[] = {
#define PYTRANS_EXC_PTR(name, base) &name##Type,
      PYTRANS_EXCEPTIONS(PYTRANS_EXC_PTR)
#undef PYTRANS_EXC_PTR
  };
  const char* names[] = {
#define PYTRANS_EXC_NAME(name, base) #name,
      PYTRANS_EXCEPTIONS(PYTRANS_EXC_NAME)
#undef PYTRANS_EXC_NAME
  };
  Type* bases[] = {
#define PYTRANS_EXC_BASE(name, base) &base,
      PYTRANS_EXCEPTIONS(PYTRANS_EXC_BASE)
#undef PYTRANS_EXC_BASE
  };
  for (size_t i = 0; i < sizeof all / sizeof all[0]; ++i) {
    Type* t = all[i];
    t->name = names[i];
    t->base = bases[i];
    t->flags = kTypeExcSubclass | kTypeBaseOk;
    t->instance_size = sizeof(BaseException);
    t->dict_offset = offsetof(BaseException, dict);
  }
  BaseExceptionType.tp_new = exc_tp_new;
  BaseExceptionType.tp_init = exc_tp_init;
  BaseExceptionType.str = exc_str_slot;
  BaseExceptionType.repr = exc_repr;
  BaseExceptionType.getattr = exc_getattr;
  BaseExceptionType.setattr = exc_setattr;
  EnvironmentErrorType.tp_init = env_tp_init;
  EnvironmentErrorType.str = env_str;
  SystemExitType.tp_init = sysexit_tp_init;
  KeyErrorType.str = keyerror_str;
  for (Type* t : all) type_ready(t);

  TracebackType.name = "traceback";
  TracebackType.repr = tb_repr;
  type_ready(&TracebackType);
}
TypeRegistrar reg(register_exceptions);

}  // namespace

Value exc_new(Type* t, const Value* args, size_t nargs) {
  return call_v(Value(t), args, nargs);
}

Value exc_new_msg(Type* t, const char* msg) {
  Value arg = Value(str_new(msg, std::strlen(msg)));
  return exc_new(t, &arg, 1);
}

// ---- printing ----

namespace {

std::string class_display_name(Value exc) {
  if (is_exception_instance(exc) || !is_type(exc)) {
    Type* t = type_of(exc);
    if (t == &InstanceType) {
      ClassObj* c = exc.as<Instance>()->klass;
      Value mod = dict_get_str(c->dict, str_intern("__module__"));
      std::string s = (!mod.is_null() && is_str(mod)) ? std::string(mod.as<Str>()->view()) + "." : "";
      return s + std::string(c->name->view());
    }
    if (!(t->flags & kTypeHeap)) {
      const char* dot = std::strrchr(t->name, '.');
      return dot ? dot + 1 : t->name;
    }
    Value mod = dict_get_str(t->dict, str_intern("__module__"));
    std::string s;
    if (!mod.is_null() && is_str(mod) && mod.as<Str>()->view() != "exceptions") {
      s = std::string(mod.as<Str>()->view()) + ".";
    }
    return s + t->name;
  }
  return "?";
}

void write_all(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stderr); }

}  // namespace

Str* exc_str(Value exc) { return to_str(exc); }

void print_exception(Value exc, Value tb) {
  std::fflush(stdout);
  std::string out;
  if (!tb.is_null() && !is_none(tb)) {
    Traceback* t = tb.as<Traceback>();
    if (t->n > 0) out += "Traceback (most recent call last):\n";
    for (int64_t i = 0; i < t->n; ++i) {
      const TracebackEntry& e = t->entries[i];
      char buf[64];
      std::snprintf(buf, sizeof buf, "\", line %d, in ", e.line);
      out += "  File \"";
      out += e.code->module->filename;
      out += buf;
      out += e.code->name;
      out += '\n';
      const ModuleCode* m = e.code->module;
      if (m->lines && e.line >= 1 && e.line <= m->nlines) {
        const char* line = m->lines[e.line - 1];
        while (*line == ' ' || *line == '\t' || *line == '\f') ++line;
        out += "    ";
        out += line;
        out += '\n';
      }
    }
  }
  out += class_display_name(exc);
  std::string msg;
  try {
    Str* s = to_str(exc);
    msg = s->view();
  } catch (PyException&) {
    msg = "<exception str() failed>";
  }
  if (!msg.empty()) {
    out += ": ";
    out += msg;
  }
  out += '\n';
  write_all(out);
  std::fflush(stderr);
}

}  // namespace pytrans::rt
