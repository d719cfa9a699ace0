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
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode.h"
#include "objects/int.h"
#include "objects/type.h"

namespace pytrans::rt {

#define PYTRANS_DEFINE_EXC(name, base) Type name##Type;
PYTRANS_EXCEPTIONS(PYTRANS_DEFINE_EXC)
#undef PYTRANS_DEFINE_EXC

namespace {

BaseException* as_exc(Value v) { return v.as<BaseException>(); }

void set_args(BaseException* e, const Value* args, size_t nargs) {
  e->args = tuple_from(args, nargs);
  e->message = nargs == 1 ? args[0] : Value(str_intern(""));
}

Value exc_str_slot(Value self);
Value exc_tp_init(Value self, const Value* args, size_t nargs, Tuple* kw);

// 2.7's BaseException_new leaves args empty: a subclass whose __init__ does
// not call the base's keeps args == () and message == ''.
Value exc_tp_new(Value callee, const Value*, size_t, Tuple*) {
  Type* t = callee.as<Type>();
  BaseException* e = new_object<BaseException>(t, t->instance_size ? t->instance_size : sizeof(BaseException));
  set_args(e, nullptr, 0);
  return Value(e);
}

void set_attr(BaseException* e, const char* name, Value v) {
  if (!e->dict) e->dict = dict_new();
  dict_set(e->dict, Value(str_intern(name)), v);
}
Value get_attr(BaseException* e, const char* name) {
  Value v = e->dict ? dict_get_str(e->dict, str_intern(name)) : Value();
  return v.is_null() ? None() : v;
}

// ---- UnicodeError family: (encoding, object, start, end, reason) ----

Value unicode_error_init(Value self, const Value* args, size_t nargs, Tuple* kw, bool translate) {
  if (kw && kw->len) raise_type_error("%s does not take keyword arguments", type_of(self)->name);
  BaseException* e = as_exc(self);
  set_args(e, args, nargs);
  size_t want = translate ? 4 : 5;
  if (nargs != want)
    raise_type_error("function takes exactly %zu arguments (%zu given)", want, nargs);
  size_t i = 0;
  if (!translate) set_attr(e, "encoding", args[i++]);
  set_attr(e, "object", args[i++]);
  set_attr(e, "start", args[i++]);
  set_attr(e, "end", args[i++]);
  set_attr(e, "reason", args[i++]);
  return None();
}
Value unicode_decode_init(Value self, const Value* a, size_t n, Tuple* kw) { return unicode_error_init(self, a, n, kw, false); }
Value unicode_translate_init(Value self, const Value* a, size_t n, Tuple* kw) { return unicode_error_init(self, a, n, kw, true); }

std::string char_escape(uint32_t c) {
  char buf[16];
  if (c <= 0xff) std::snprintf(buf, sizeof buf, "\\x%02x", c);
  else if (c <= 0xffff) std::snprintf(buf, sizeof buf, "\\u%04x", c);
  else std::snprintf(buf, sizeof buf, "\\U%08x", c);
  return buf;
}

Value unicode_error_str(Value self, int which) {  // 0 decode, 1 encode, 2 translate
  BaseException* e = as_exc(self);
  Value start = get_attr(e, "start"), end = get_attr(e, "end");
  if (!is_int(start) || !is_int(end)) return exc_str_slot(self);
  int64_t st = int_value(start), en = int_value(end);
  std::string s;
  if (which != 2) {
    s = "'";
    s += to_str(get_attr(e, "encoding"))->view();
    s += "' codec can't ";
    s += which == 0 ? "decode " : "encode ";
  } else {
    s = "can't translate ";
  }
  Value obj = get_attr(e, "object");
  std::string reason(to_str(get_attr(e, "reason"))->view());
  char buf[96];
  if (en == st + 1) {
    if (which == 0 && is_str(obj) && st >= 0 && st < obj.as<Str>()->len) {
      std::snprintf(buf, sizeof buf, "byte 0x%02x in position %lld: ", static_cast<unsigned char>(obj.as<Str>()->data[st]),
                    static_cast<long long>(st));
      return Value(str_new(s + buf + reason));
    }
    if (which != 0 && is_unicode(obj) && st >= 0 && st < obj.as<Unicode>()->len) {
      std::snprintf(buf, sizeof buf, " in position %lld: ", static_cast<long long>(st));
      return Value(str_new(s + "character u'" + char_escape(obj.as<Unicode>()->data[st]) + "'" + buf + reason));
    }
  }
  std::snprintf(buf, sizeof buf, "%s in position %lld-%lld: ", which == 0 ? "bytes" : "characters",
                static_cast<long long>(st), static_cast<long long>(en - 1));
  return Value(str_new(s + buf + reason));
}
Value unicode_decode_str(Value self) { return unicode_error_str(self, 0); }
Value unicode_encode_str(Value self) { return unicode_error_str(self, 1); }
Value unicode_translate_str(Value self) { return unicode_error_str(self, 2); }

// ---- SyntaxError: (msg, (filename, lineno, offset, text)) ----

Value syntax_error_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  exc_tp_init(self, args, nargs, kw);
  BaseException* e = as_exc(self);
  set_attr(e, "msg", nargs >= 1 ? args[0] : None());
  set_attr(e, "print_file_and_line", None());
  const char* names[] = {"filename", "lineno", "offset", "text"};
  for (const char* n : names) set_attr(e, n, None());
  if (nargs == 2) {
    List* l = list_from_iterable(args[1]);  // any iterable ('int' object is not iterable)
    Value info = Value(tuple_from(l->items, l->len));
    if (info.as<Tuple>()->len != 4) raise_index_error("tuple index out of range");
    for (int i = 0; i < 4; ++i) set_attr(e, names[i], info.as<Tuple>()->items[i]);
  }
  return None();
}

Value syntax_error_str(Value self) {
  BaseException* e = as_exc(self);
  Value msg = get_attr(e, "msg");
  std::string m(to_str(msg)->view());
  Value fn = get_attr(e, "filename"), ln = get_attr(e, "lineno");
  bool have_fn = is_str(fn), have_ln = is_int(ln);
  std::string base;
  if (have_fn) {
    std::string_view f = fn.as<Str>()->view();
    size_t slash = f.rfind('/');
    base = std::string(slash == std::string_view::npos ? f : f.substr(slash + 1));
  }
  char buf[64];
  if (have_fn && have_ln) {
    std::snprintf(buf, sizeof buf, ", line %lld)", static_cast<long long>(int_value(ln)));
    return Value(str_new(m + " (" + base + buf));
  }
  if (have_fn) return Value(str_new(m + " (" + base + ")"));
  if (have_ln) {
    std::snprintf(buf, sizeof buf, " (line %lld)", static_cast<long long>(int_value(ln)));
    return Value(str_new(m + buf));
  }
  return Value(to_str(msg));
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

// The member descriptors of 2.7's exception subclasses (IOError.errno,
// SyntaxError.lineno, ...). Their values live in the instance dict; a member
// never set reads as None.
const char* const kExcMembers[] = {"code", "encoding", "end", "errno", "filename", "lineno", "msg", "object",
                                   "offset", "print_file_and_line", "reason", "start", "strerror", "text"};
bool is_exc_member(Value self, Str* name) {
  bool listed = false;
  for (const char* m : kExcMembers) listed = listed || name->view() == m;
  return listed && !type_lookup(type_of(self), name).is_null();
}

Value exc_getattr(Value self, Str* name) {
  BaseException* e = as_exc(self);
  std::string_view n = name->view();
  if (is_exc_member(self, name)) {
    Value v = e->dict ? dict_get_str(e->dict, name) : Value();
    return v.is_null() ? None() : v;
  }
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
  if (is_exc_member(self, name)) {
    if (!e->dict) e->dict = dict_new();
    dict_set(e->dict, Value(name), v.is_null() ? None() : v);
    return;
  }
  if (n == "__dict__") {
    if (v.is_null()) raise_type_error("__dict__ may not be deleted");
    if (!is_dict(v)) raise_type_error("__dict__ must be a dictionary");
    e->dict = v.as<Dict>();
    return;
  }
  if (n == "args") {
    if (v.is_null()) raise_type_error("args may not be deleted");
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

// ---- BaseException methods: e[i], e[i:j], pickling, unicode() ----
// e[i] is e.args[i]. 2.7's BaseException is a sequence but not a mapping,
// so e['x'] and e[::2] are refused for their key type; e[0:1] is a simple
// slice (sq_slice). Simple slices of builtin objects reach us as a slice
// with no step (core/call.cc getslice), so that one is let through.
Value exc_getitem(Value self, Value key) {
  Value args = exc_getattr(self, str_intern("args"));
  if (is_slice(key) && is_none(key.as<Slice>()->step)) return getitem(args, key);
  Value i = index_value_opt(key);
  if (i.is_null()) raise_type_error("sequence index must be integer, not '%s'", type_name(key));
  return getitem(args, i);
}

Value exc_getitem_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__getitem__", nargs, 1, 1);
  return exc_getitem(self, args[0]);  // also a subclass's e[k]
}
Value exc_getslice_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__getslice__", nargs, 2, 2);
  return call_method_v(exc_getattr(self, str_intern("args")), str_intern("__getslice__"), args, 2);
}
// e.__setstate__(d): unpickling sets each item of d as an attribute.
Value exc_setstate_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__setstate__", nargs, 1, 1);
  if (is_none(args[0])) return None();
  if (!is_dict(args[0])) raise_type_error("state is not a dictionary");
  List* items = list_from_iterable(call_method(args[0], str_intern("items")));
  for (int64_t i = 0; i < items->len; ++i) {
    Tuple* kv = items->items[i].as<Tuple>();
    setattr(self, to_str(kv->items[0]), kv->items[1]);
  }
  return None();
}

// (type, args) or (type, args, __dict__) when the instance has attributes.
// 2.7 keeps these classes' fields in member slots, which __reduce__ leaves
// out of the state dict; pytrans keeps them in the instance dict.
bool is_member_field(Type* t, std::string_view n) {
  if (is_subtype(t, &EnvironmentErrorType)) return n == "errno" || n == "strerror" || n == "filename";
  if (is_subtype(t, &SyntaxErrorType))
    return n == "msg" || n == "filename" || n == "lineno" || n == "offset" || n == "text" ||
           n == "print_file_and_line";
  if (is_subtype(t, &SystemExitType)) return n == "code";
  return false;
}

// (type, args[, dict]). EnvironmentError(errno, strerror, filename) keeps
// only two args, so its reduce puts the filename back.
Value exc_reduce_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__reduce__", nargs, 0, 0);
  BaseException* e = as_exc(self);
  Type* t = type_of(self);
  Value args = exc_getattr(self, str_intern("args"));
  Dict* state = nullptr;
  if (e->dict) {
    int64_t pos = 0;
    Value k, v;
    while (dict_next(e->dict, &pos, &k, &v)) {
      if (is_str(k) && is_member_field(t, k.as<Str>()->view())) continue;
      if (!state) state = dict_new();
      dict_set(state, k, v);
    }
  }
  if (is_subtype(t, &EnvironmentErrorType) && is_tuple(args) && args.as<Tuple>()->len == 2) {
    Value fn = e->dict ? dict_get_str(e->dict, str_intern("filename")) : Value();
    if (!fn.is_null() && !is_none(fn)) args = Value(tuple_of({args.as<Tuple>()->items[0], args.as<Tuple>()->items[1], fn}));
  }
  if (state) return Value(tuple_of({Value(t), args, Value(state)}));
  return Value(tuple_of({Value(t), args}));
}
// 2.7 converts the single argument itself (so u'\xe9' survives), unless a
// subclass overrides __str__, whose result is then converted.
Value exc_unicode_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__unicode__", nargs, 0, 0);
  if (type_of(self)->str != exc_str_slot) return Value(to_unicode(type_of(self)->str(self)));
  Tuple* a = as_exc(self)->args;
  if (!a || a->len == 0) return Value(to_unicode(Value(str_intern(""))));
  return Value(to_unicode(a->len == 1 ? a->items[0] : Value(a)));
}

void register_exceptions() {
  Type* all[] = {
#define PYTRANS_EXC_PTR(name, base) &name##Type,
      PYTRANS_EXCEPTIONS(PYTRANS_EXC_PTR)
#undef PYTRANS_EXC_PTR
  };
  const char* names[] = {
#define PYTRANS_EXC_NAME(name, base) "exceptions." #name,
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
  BaseExceptionType.getitem = exc_getitem;
  EnvironmentErrorType.tp_init = env_tp_init;
  EnvironmentErrorType.str = env_str;
  SystemExitType.tp_init = sysexit_tp_init;
  KeyErrorType.str = keyerror_str;
  UnicodeDecodeErrorType.tp_init = unicode_decode_init;
  UnicodeDecodeErrorType.str = unicode_decode_str;
  UnicodeEncodeErrorType.tp_init = unicode_decode_init;
  UnicodeEncodeErrorType.str = unicode_encode_str;
  UnicodeTranslateErrorType.tp_init = unicode_translate_init;
  UnicodeTranslateErrorType.str = unicode_translate_str;
  SyntaxErrorType.tp_init = syntax_error_init;
  SyntaxErrorType.str = syntax_error_str;
  for (Type* t : all) {
    if (t == &BaseExceptionType)
      type_ready(t, {{"__getitem__", exc_getitem_m},
                     {"__getslice__", exc_getslice_m},
                     {"__reduce__", exc_reduce_m},
                     {"__setstate__", exc_setstate_m},
                     {"__unicode__", exc_unicode_m}});
    else
      type_ready(t);
  }
  type_add_getsets(&BaseExceptionType, {{"__dict__", nullptr, nullptr, true}, {"args", nullptr, nullptr, true},
                                        {"message", nullptr, nullptr, true}});
  auto members = [](Type* t, std::initializer_list<const char*> names) {
    for (const char* n : names) type_add_getsets(t, {{n, nullptr, nullptr, true, true}});
  };
  members(&EnvironmentErrorType, {"errno", "filename", "strerror"});
  members(&SyntaxErrorType, {"filename", "lineno", "msg", "offset", "print_file_and_line", "text"});
  members(&SystemExitType, {"code"});
  for (Type* t : {&UnicodeDecodeErrorType, &UnicodeEncodeErrorType, &UnicodeTranslateErrorType})
    members(t, {"encoding", "end", "object", "reason", "start"});
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
