// SPDX-License-Identifier: Apache-2.0
// Small helpers shared by the native stdlib modules: binding functions and
// constants into a module, argument checks with CPython 2.7's messages, and
// number conversions as the C modules of 2.7 do them (PyFloat_AsDouble,
// PyInt_AsSsize_t).
#pragma once

#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/long.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt::stdlib {

struct FnDef {
  const char* name;
  CallFn fn;
};

inline void mod_set(Module* m, const char* name, Value v) { dict_set(m->dict, Value(str_intern(name)), v); }

inline void mod_fns(Module* m, std::initializer_list<FnDef> fns) {
  for (const FnDef& f : fns) {
    BuiltinFunction* b = builtin_function_new(f.name, f.fn);
    b->module_name = Value(m->name);
    mod_set(m, f.name, Value(b));
  }
}

inline Value str_val(std::string_view s) { return Value(str_new(s)); }

// Native types are static Type objects registered at start-up with a
// TypeRegistrar + type_ready(), like the builtin types. Attributes computed
// by a getter are installed later, from the module's init function, as
// property objects: type_add_getter(t, "maxlen", fn) where fn(self).
void type_add_getter(Type* t, const char* name, CallFn getter, CallFn setter = nullptr);

// PyFloat_AsDouble: int, long, float, or __float__; else TypeError.
double to_double(Value v);
// PyInt_AsSsize_t-like: int or long (or __index__/__int__); OverflowError past int64.
int64_t to_i64(Value v);
// Keyword argument `name` (null if absent); raises on unknown keywords.
Value kwarg(const char* fname, Tuple* kw, const Value* args, size_t nargs,
            std::initializer_list<const char*> allowed, const char* name);

inline std::string_view to_str_view(Value v) {
  if (!is_str(v)) raise_type_error("expected string, %s found", type_name(v));
  return v.as<Str>()->view();
}

inline bool is_intlike(Value v) { return is_int(v) || is_long(v); }

}  // namespace pytrans::rt::stdlib

namespace pytrans::rt::stdlib {

// 2.7's structseq (time.struct_time, posix.stat_result): a tuple subtype
// whose items are also named attributes, with repr "name(f1=v1, ...)".
// `hidden` extra fields are attributes only (st_atime as a float...): they
// are stored after the visible items. Register the Type (static, zeroed)
// once at start-up with structseq_register, then fill instances made by
// structseq_new.
void structseq_register(Type* t, const char* tp_name, std::initializer_list<const char*> fields,
                        std::initializer_list<const char*> hidden = {});
// Adds the field properties to t's dict (call from the module's init).
void structseq_install(Type* t);
Tuple* structseq_new(Type* t);  // all fields None
// struct_time(seq) / stat_result(seq) as called from Python.
Value structseq_from(Type* t, Value seq);

}  // namespace pytrans::rt::stdlib

namespace pytrans::rt::stdlib {

// 2.7's "s*" / "s#" argument: the bytes of a str, of a unicode encoded with
// the default (ascii) encoding (UnicodeEncodeError otherwise), of a buffer
// or memoryview, and with `writable_ok` of a bytearray ("s*" accepts
// writable buffers, "s#" only read-only ones). Anything else raises
// "<fname>() argument <argno> must be string or [read-only ]buffer, not T".
// `scratch` keeps converted bytes alive for the returned view.
// PyArg_ParseTuple's count messages: "f() takes at most 2 arguments (3
// given)", "f() takes exactly 1 argument (0 given)", "f() takes no
// arguments (1 given)" when max is 0.
void arg_count(const char* fname, size_t nargs, size_t min, size_t max);

// The "I" format: an int or long taken modulo 2**32, no overflow check
// (floats: "integer argument expected, got float").
uint32_t to_u32_mask(Value v);

std::string_view buffer_arg(Value v, const char* fname, int argno, bool writable_ok, std::string& scratch);

}  // namespace pytrans::rt::stdlib
