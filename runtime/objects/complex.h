// SPDX-License-Identifier: Apache-2.0
// complex: two doubles, with 2.7's arithmetic (Smith-free division as in
// complexobject.c), repr/str and parsing. See complex.cc.
#pragma once
#include "core/value.h"

namespace pytrans::rt {

struct Complex : Object {
  double real, imag;
};

extern Type ComplexType;

bool is_subtype(Type* a, Type* b);  // objects/type.h
inline bool is_complex(Value v) {
  if (v.is_small_int()) return false;
  Type* t = v.obj()->type;
  return t == &ComplexType || ((t->flags & kTypeHeap) && is_subtype(t, &ComplexType));
}
Value make_complex(double real, double imag);
Value complex_from_literal(double imag);  // the literal 2j

}  // namespace pytrans::rt
