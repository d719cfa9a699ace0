// SPDX-License-Identifier: Apache-2.0
// Raising: traceback snapshots, the raise statement's forms, the message
// helpers, and except-clause matching.
#include "core/raise.h"

#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <string>

#include "core/frame.h"
#include "core/gc.h"
#include "core/ops.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/traceback.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

thread_local ThreadState* tl_state = nullptr;
int g_recursion_limit = 1000;

namespace {

// Exceptions the runtime raises itself are made outside the recursion count:
// 2.7 creates them in C without a counted call, so an error at the limit
// stays that error (and a recursion error does not recurse).
struct UncountedLevels {
  ThreadState* state;
  int saved;
  UncountedLevels() : state(tl_state), saved(state ? state->depth : 0) {
    if (state) state->depth = 0;
  }
  ~UncountedLevels() {
    if (state) state->depth = saved;
  }
};

template <class F>
Value make_uncounted(F make) {
  UncountedLevels u;
  return make();
}

}  // namespace

void raise(Value exc) {
  Value tb = traceback_snapshot();
  if (is_exception_instance(exc)) exc.as<BaseException>()->traceback = tb;
  ThreadState* t = ts();
  t->raising = exc;
  t->raising_tb = tb;
  throw PyException{exc, tb};
}

void reraise(Value exc, Value tb) {
  if (tb.is_null() || is_none(tb)) raise(exc);
  ThreadState* t = ts();
  t->raising = exc;
  t->raising_tb = tb;
  throw PyException{exc, tb};
}

void raise_stmt(Value type, Value value, Value tb) {
  // raise Class / raise Class, arg / raise Class(args) / raise instance
  if (is_type(type) && is_subtype(type.as<Type>(), &BaseExceptionType)) {
    Value inst;
    if (value.is_null() || is_none(value)) {
      inst = call(type);
    } else if (isinstance(value, type)) {
      inst = value;
    } else if (is_tuple(value)) {
      Tuple* a = value.as<Tuple>();
      inst = call_v(type, a->items, a->len);
    } else {
      inst = call(type, value);
    }
    if (!tb.is_null() && !is_none(tb)) reraise(inst, tb);
    raise(inst);
  }
  if (!type.is_small_int() && type.obj()->type == &ClassObjType) {
    Value inst = (value.is_null() || is_none(value)) ? call(type)
                 : (!value.is_small_int() && value.obj()->type == &InstanceType) ? value
                                                                                 : call(type, value);
    raise(inst);
  }
  if (is_exception_instance(type) || (!type.is_small_int() && type.obj()->type == &InstanceType)) {
    if (!value.is_null() && !is_none(value))
      raise_type_error("instance exception may not have a separate value");
    if (!tb.is_null() && !is_none(tb)) reraise(type, tb);
    raise(type);
  }
  raise_type_error("exceptions must be old-style classes or derived from BaseException, not %s",
                   type_name(type));
}

void raise_msg(Type* exc_type, const char* msg) {
  raise(make_uncounted([&] { return exc_new_msg(exc_type, msg); }));
}

static std::string vformat(const char* fmt, va_list ap) {
  char buf[512];
  va_list ap2;
  va_copy(ap2, ap);
  int n = std::vsnprintf(buf, sizeof buf, fmt, ap);
  if (n < static_cast<int>(sizeof buf)) {
    va_end(ap2);
    return std::string(buf, n);
  }
  std::string s(n + 1, '\0');
  std::vsnprintf(s.data(), s.size(), fmt, ap2);
  va_end(ap2);
  s.resize(n);
  return s;
}

void raise_fmt(Type* exc_type, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  std::string s = vformat(fmt, ap);
  va_end(ap);
  raise_msg(exc_type, s.c_str());
}

void raise_type_error(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  std::string s = vformat(fmt, ap);
  va_end(ap);
  raise_msg(&TypeErrorType, s.c_str());
}

void raise_value_error(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  std::string s = vformat(fmt, ap);
  va_end(ap);
  raise_msg(&ValueErrorType, s.c_str());
}

void raise_index_error(const char* msg) { raise_msg(&IndexErrorType, msg); }
void raise_key_error(Value key) {
  raise(make_uncounted([&] { return exc_new(&KeyErrorType, &key, 1); }));
}
void raise_zero_division(const char* msg) { raise_msg(&ZeroDivisionErrorType, msg); }
void raise_overflow(const char* msg) { raise_msg(&OverflowErrorType, msg); }
void raise_memory_error() {
  raise(make_uncounted([] { return exc_new(&MemoryErrorType, nullptr, 0); }));
}
void raise_stop_iteration() {
  raise(make_uncounted([] { return exc_new(&StopIterationType, nullptr, 0); }));
}
void raise_not_implemented(const char* what) {
  raise_fmt(&NotImplementedErrorType, "%s is not supported by pytrans yet", what);
}

void raise_attribute_error(Value obj, Str* name) {
  Type* t = type_of(obj);
  if (t == &InstanceType)
    raise_fmt(&AttributeErrorType, "%s instance has no attribute '%s'",
              obj.as<Instance>()->klass->name->data, name->data);
  if (t == &ClassObjType)
    raise_fmt(&AttributeErrorType, "class %s has no attribute '%s'", obj.as<ClassObj>()->name->data,
              name->data);
  if (is_type(obj)) {
    // tp_name: "type object 'exceptions.ValueError' has no attribute 'x'".
    Type* self = obj.as<Type>();
    if (!(self->flags & kTypeHeap))
      raise_fmt(&AttributeErrorType, "type object '%s' has no attribute '%s'", self->name, name->data);
    Value n = getattr(obj, str_intern("__name__"));
    raise_fmt(&AttributeErrorType, "type object '%s' has no attribute '%s'", n.as<Str>()->data, name->data);
  }
  raise_fmt(&AttributeErrorType, "'%s' object has no attribute '%s'", type_name(obj), name->data);
}

void raise_name_error(Str* name, bool global) {
  raise_fmt(&NameErrorType, global ? "global name '%s' is not defined" : "name '%s' is not defined",
            name->data);
}

void raise_unbound_local(const char* name) {
  raise_fmt(&UnboundLocalErrorType, "local variable '%s' referenced before assignment", name);
}

void raise_recursion_error(const char* where) {
  std::string msg = "maximum recursion depth exceeded";
  msg += where;
  raise_msg(&RuntimeErrorType, msg.c_str());
}

int c_call_levels(Value f) { return !f.is_small_int() && f.obj()->type == &MethodType ? 2 : 1; }

const char* type_name(Value v) { return type_of(v)->name; }

const char* type_short_name(Value v) {
  Type* t = type_of(v);
  if (t->flags & kTypeHeap) return t->name;
  const char* dot = std::strrchr(t->name, '.');
  return dot ? dot + 1 : t->name;
}

static bool class_matches(Value exc, Value cls) {
  if (is_type(cls)) {
    if (!is_type(exc) && type_of(exc) != &InstanceType) return is_subtype(type_of(exc), cls.as<Type>());
    return false;
  }
  if (!cls.is_small_int() && cls.obj()->type == &ClassObjType) {
    if (type_of(exc) == &InstanceType) return isinstance(exc, cls);
    return false;
  }
  return false;
}

bool exception_matches(Value exc, Value cls) {
  if (is_tuple(cls)) {
    Tuple* t = cls.as<Tuple>();
    for (int64_t i = 0; i < t->len; ++i)
      if (exception_matches(exc, t->items[i])) return true;
    return false;
  }
  return class_matches(exc, cls);
}

}  // namespace pytrans::rt
