// SPDX-License-Identifier: Apache-2.0
// The one header generated code includes. It pulls in the Value model, the
// generic operations and the object types generated code touches directly,
// and nothing heavy (no gc.h, gmp.h or <iostream>), to keep the C++ compile
// of user modules fast.
#pragma once

#include "core/frame.h"
#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "core/value.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/file.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

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
void assert_fail(Value msg);
}  // namespace pytrans::rt
