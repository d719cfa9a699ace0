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

// ---- two-word objects (floats) ----
// gc_alloc_atomic(16) takes 32 bytes: with interior pointers recognised,
// Boehm adds a byte to every object so that a one-past-the-end pointer
// cannot keep the next object alive. An object that is only ever referred
// to by its start (a Float) does not need the byte, so these come from a
// per-thread free list of exact 16-byte objects, refilled a block at a
// time by gc_alloc16_refill: half the memory per float, half the
// collections, and no call on the fast path.
//
// The list is threaded through the objects' first words, and its head lives
// in uncollectable (scanned) memory that tl_free16 points to: thread_local
// storage is not a GC root, but the collector must see the whole list, or it
// would hand the same objects out again. The objects are of the scanned
// (normal) kind for the same reason, and Boehm scans all but their last
// word, so a float's payload is never taken for a pointer. The memory is
// zeroed except the first word, which the caller overwrites (a type).
extern thread_local void** tl_free16;
void* gc_alloc16_refill();
inline void* gc_alloc16() {
  if (void** head = tl_free16) {
    if (void* p = *head) {
      *head = *static_cast<void**>(p);
      return p;
    }
  }
  return gc_alloc16_refill();
}

// An array of n Values on the GC heap (zeroed).
inline Value* new_value_array(size_t n) {
  return static_cast<Value*>(gc_alloc(n ? n * sizeof(Value) : sizeof(Value)));
}

}  // namespace pytrans::rt
