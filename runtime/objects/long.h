// SPDX-License-Identifier: Apache-2.0
// long: arbitrary precision on GMP (mpz). Limbs live on the GC heap (gc.cc
// installs GMP memory functions), so a Long needs no finalizer.
#pragma once
#include <gmp.h>

#include <string>

#include "core/value.h"

namespace pytrans::rt {

struct Long : Object {
  mpz_t z;
};

extern Type LongType;

inline bool is_long(Value v) { return !v.is_small_int() && (v.obj()->type->flags & kTypeLongSubclass); }
Long* long_new();                          // zero
Value long_from_i64(int64_t v);            // always a long
Value long_from_mpz(const mpz_t z);        // always a long (copies)
Value long_from_value(Value x, Value base);  // long(x[, base])
// Converts an int or long to mpz (z must be initialised).
void to_mpz(Value v, mpz_t z);
// An mpz result of int arithmetic: int if it fits 64 bits, else long.
Value int_or_long_from_mpz(const mpz_t z);
std::string long_to_decimal(const mpz_t z);

}  // namespace pytrans::rt
