// SPDX-License-Identifier: Apache-2.0
// The one header generated code includes. It pulls in the Value model, the
// generic operations and the object types generated code touches directly,
// and nothing heavy (no gc.h, gmp.h or <iostream>), to keep the C++ compile
// of user modules fast.
#pragma once

#include "core/frame.h"
#include "core/gc.h"
#include "core/num_expr.h"
#include "core/ops.h"
#include "core/raise.h"
#include "core/signals.h"
#include "core/value.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/file.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode.h"

namespace pytrans::rt {
// Emitted helpers (core/emit_support.cc).
Value long_from_literal(const char* digits);             // 10**30 etc.
Value complex_from_literal(double imag);
Value build_set(const Value* items, size_t n);
Value load_global_slow(Dict* globals, Str* name);        // NameError "global name ..."
Value load_name_module(Dict* globals, Str* name);        // NameError "name ..."
void unpack_to(Value seq, Value* out, size_t n);         // a, b = seq (exact ValueError texts)
Value make_function(CallFn entry, const CodeInfo* code, Dict* globals, const Value* defaults, size_t ndefaults,
                    Tuple* closure, Value doc);
void set_exc_info(Value exc, Value tb);
[[noreturn]] void assert_fail(Value msg);
[[noreturn]] void reraise_current();                     // bare `raise`
[[noreturn]] void rethrow(const PyException& e);          // after a finally body
Value load_class_name(Dict* ns, Dict* globals, Str* name);
// `for i in range(a[, b])` / xrange as a counting loop over [*lo, *hi): null
// when the items are the ints lo..hi-1, else range()'s list of longs
// (indexed from 0). b is null for range(a).
Value range_loop_bounds(bool xrange, Value a, Value b, int64_t* lo, int64_t* hi);
inline Value range_loop_item(Value big, int64_t i) {
  return __builtin_expect(big.is_null(), 1) ? make_int(i) : big.as<List>()->items[i];
}
Value with_enter(Value mgr);
Value with_exit(Value mgr);
Value exc_type_of(Value exc);
[[noreturn]] void raise_free_unbound(const char* name);
void write_stderr(const char* data, size_t len);
Value dir_of_namespace(Value ns);                         // dir() without arguments
Value build_class_in(Str* name, Tuple* bases, Dict* ns, Dict* globals);  // class statement          // compile-time warnings

// Saves sys.exc_info() on entry to a function that handles exceptions and
// restores it on exit, as 2.7 does when a frame returns.
struct ExcInfoGuard {
  ThreadState* t;
  Value type, value, tb;
  ExcInfoGuard() : t(ts()), type(t->exc_type), value(t->exc_value), tb(t->exc_tb) {}
  ~ExcInfoGuard() {
    t->exc_type = type;
    t->exc_value = value;
    t->exc_tb = tb;
  }
};

inline Value bound_local(Value v, const char* name) {
  if (__builtin_expect(v.is_null(), 0)) raise_unbound_local(name);
  return v;
}
inline Value cell_get(Cell* c, const char* name) {
  if (__builtin_expect(c->v.is_null(), 0)) raise_unbound_local(name);
  return c->v;
}
inline Value free_get(Cell* c, const char* name) {
  if (__builtin_expect(c->v.is_null(), 0)) raise_free_unbound(name);
  return c->v;
}
inline Value load_global(Dict* g, Str* name) {
  Value v = dict_get_str(g, name);
  if (__builtin_expect(!v.is_null(), 1)) return v;
  return load_global_slow(g, name);
}
// slot is a constant at every call site, so this folds to one fast path.
inline __attribute__((always_inline)) Value inplace(Value a, Value b, NumberSlot slot) {
  if (slot == kNbAdd && a.is_small_int() && b.is_small_int()) return add(a, b);
  if (slot == kNbSub && a.is_small_int() && b.is_small_int()) return sub(a, b);
  // float has no in-place slots: a op= b is a op b (see the fast paths in ops.h).
  double x, y;
  if ((slot == kNbAdd || slot == kNbSub || slot == kNbMul) && float_operands(a, b, &x, &y))
    return make_float(slot == kNbAdd ? x + y : slot == kNbSub ? x - y : x * y);
  if ((slot == kNbDiv || slot == kNbTrueDiv) && float_operands(a, b, &x, &y) && y != 0.0)
    return make_float(x / y);
  return inplace_op(a, b, slot);
}
}  // namespace pytrans::rt
