// SPDX-License-Identifier: Apache-2.0
// enumerate, reversed and the callable-iterator of iter(f, sentinel).
#pragma once
#include "core/value.h"

namespace pytrans::rt {

extern Type EnumerateType, ReversedType, CallIterType;

Value calliter_new(Value callable, Value sentinel);  // iter(callable, sentinel)
Value list_reversed_iter(Value list);                // list.__reversed__: a listreverseiterator

}  // namespace pytrans::rt
