// SPDX-License-Identifier: Apache-2.0
// Allocation on the Boehm collector. Kept free of <gc.h> so that generated
// code compiles fast; gc.cc holds the calls.
//
// gc_alloc memory is scanned for pointers and zeroed; gc_alloc_atomic memory
// is neither (str bytes, float payloads, bigint limbs). Every object that can
// hold a Value must come from gc_alloc: memory from malloc (std::vector,
// std::string buffers) is invisible to the collector, so a Value stored only
// there may be freed while still in use.
#pragma once

#include <cstddef>
#include <new>

#include "core/value.h"

namespace pytrans::rt {

void gc_init();
void* gc_alloc(size_t n);
void* gc_alloc_atomic(size_t n);
void* gc_alloc_uncollectable(size_t n);  // scanned, never freed (roots)
void* gc_realloc(void* p, size_t n);
void gc_collect();

// Allocates a zeroed T (an Object subclass) of `size` bytes (>= sizeof(T)).
template <class T>
inline T* new_object(Type* type, size_t size = sizeof(T)) {
  T* o = static_cast<T*>(gc_alloc(size));
  o->type = type;
  return o;
}
template <class T>
inline T* new_atomic_object(Type* type, size_t size = sizeof(T)) {
  T* o = static_cast<T*>(gc_alloc_atomic(size));
  o->type = type;
  return o;
}

// An array of n Values on the GC heap (zeroed).
inline Value* new_value_array(size_t n) {
  return static_cast<Value*>(gc_alloc(n ? n * sizeof(Value) : sizeof(Value)));
}

}  // namespace pytrans::rt
