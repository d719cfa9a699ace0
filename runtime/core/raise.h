// SPDX-License-Identifier: Apache-2.0
// Python exceptions travel as C++ exceptions of type PyException.
//
// rt::raise(exc) snapshots the frame chain into a traceback object, stores
// both in the ThreadState (so the collector sees them while the C++
// exception object, which lives in malloc'd memory, is in flight), and
// throws. A bare `raise` rethrows the same PyException, keeping the original
// traceback, as 2.7 does. Generated handlers copy e.exc into a stack local
// before running any Python code, which keeps it alive from then on.
//
// The raise_* helpers take printf-style formats and produce CPython 2.7's
// exact message texts at their call sites.
#pragma once

#include "core/value.h"

namespace pytrans::rt {

struct PyException {
  Value exc;  // the exception instance (BaseException subclass or old-style instance)
  Value tb;   // Traceback object
};

// Raise an exception instance (snapshotting a new traceback).
[[noreturn]] void raise(Value exc);
// Raise `type(*args)` / a class or instance as the `raise X` / `raise X, v`
// statement does (class instantiation, instance checks, TypeError for str...).
[[noreturn]] void raise_stmt(Value type_or_inst, Value value = Value(), Value tb = Value());
// Re-raise an exception with an existing traceback (bare `raise`, 3-arg raise).
[[noreturn]] void reraise(Value exc, Value tb);

[[noreturn]] void raise_msg(Type* exc_type, const char* msg);
[[noreturn]] void raise_fmt(Type* exc_type, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
[[noreturn]] void raise_type_error(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
[[noreturn]] void raise_value_error(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
[[noreturn]] void raise_index_error(const char* msg);
[[noreturn]] void raise_key_error(Value key);
[[noreturn]] void raise_attribute_error(Value obj, Str* name);
[[noreturn]] void raise_name_error(Str* name, bool global);
[[noreturn]] void raise_unbound_local(const char* name);
[[noreturn]] void raise_zero_division(const char* msg);
[[noreturn]] void raise_overflow(const char* msg);
[[noreturn]] void raise_stop_iteration();
[[noreturn]] void raise_memory_error();
[[noreturn]] void raise_not_implemented(const char* what);

// True if the exception (instance) matches `cls` as an except clause does
// (cls may be a class, an old-style class or a tuple of them).
bool exception_matches(Value exc, Value cls);

// The type name most 2.7 messages show: tp_name, which for a builtin type
// defined in a module keeps the module ("exceptions.ValueError",
// "collections.deque", "itertools.count"); for a class it is its __name__.
const char* type_name(Value v);
// type(v).__name__ ("ValueError"), for the few messages 2.7 builds from
// __name__ (an unbound method's "got ValueError instance instead").
const char* type_short_name(Value v);

}  // namespace pytrans::rt
