// SPDX-License-Identifier: Apache-2.0
// The one-word Value and the Object/Type headers every runtime file builds on.
//
// A Value is a machine word. If its low bit is 1 it is a small int (63-bit
// signed, shifted left by one); otherwise it is a pointer to a heap Object
// whose first field is its Type. The all-zero word is "no value": an unbound
// local, the end of an iteration, or "not found" in internal protocols; it
// never reaches Python code.
//
// Python's int is 64-bit (sys.maxint == 2**63-1). Ints that fit in 63 bits are
// tagged; the rest of the 64-bit range is boxed in an Int object of the same
// type `int`; beyond that values promote to `long` (GMP, objects/long.h).
//
// Type holds slots for the hot protocols (hash, compare, getattr, call, iter,
// number ops...). Builtin types fill them with C++ functions; classes defined
// in Python get generic slots that look the dunder method up in the MRO, so
// the rest of the runtime dispatches through one path for both.
#pragma once

#include <cstddef>
#include <cstdint>

namespace pytrans::rt {

struct Object;
struct Type;
struct Tuple;
struct Dict;
struct Str;

struct Value {
  uintptr_t bits = 0;

  constexpr Value() = default;
  Value(Object* o) : bits(reinterpret_cast<uintptr_t>(o)) {}  // NOLINT: implicit on purpose
  static constexpr Value from_bits(uintptr_t b) { Value v; v.bits = b; return v; }

  bool is_null() const { return bits == 0; }
  explicit operator bool() const = delete;  // truth of a Python value is rt::truth()
  bool is_small_int() const { return bits & 1; }
  int64_t small_int() const { return static_cast<int64_t>(bits) >> 1; }
  Object* obj() const { return reinterpret_cast<Object*>(bits); }
  template <class T> T* as() const { return reinterpret_cast<T*>(bits); }
  bool operator==(const Value& o) const { return bits == o.bits; }
  bool operator!=(const Value& o) const { return bits != o.bits; }
};

constexpr int64_t kSmallIntMin = -(int64_t(1) << 62);
constexpr int64_t kSmallIntMax = (int64_t(1) << 62) - 1;
inline bool fits_small_int(int64_t v) { return v >= kSmallIntMin && v <= kSmallIntMax; }
inline Value small_int(int64_t v) { return Value::from_bits((static_cast<uintptr_t>(v) << 1) | 1); }

struct Object {
  Type* type;
};

// Argument passing ("vectorcall"): positional args followed by the values of
// keyword args; kwnames is a tuple of str naming the last len(kwnames) args,
// or nullptr when there are none.
using CallFn = Value (*)(Value callee, const Value* args, size_t nargs, Tuple* kwnames);

using UnaryFn = Value (*)(Value);
using BinaryFn = Value (*)(Value, Value);
using TernaryFn = Value (*)(Value, Value, Value);

enum CompareOp : int { kLt = 0, kLe = 1, kEq = 2, kNe = 3, kGt = 4, kGe = 5 };

// Number slots, in one array so binary operators can be table-driven.
enum NumberSlot : int {
  kNbAdd, kNbSub, kNbMul, kNbDiv, kNbTrueDiv, kNbFloorDiv, kNbMod, kNbDivmod, kNbPow,
  kNbLshift, kNbRshift, kNbAnd, kNbOr, kNbXor, kNbCount
};

enum TypeFlags : uint32_t {
  kTypeHeap = 1u << 0,         // defined by a Python class statement
  kTypeBaseOk = 1u << 1,       // may be subclassed
  kTypeIntSubclass = 1u << 2,  // fast isinstance checks
  kTypeLongSubclass = 1u << 3,
  kTypeStrSubclass = 1u << 4,
  kTypeUnicodeSubclass = 1u << 5,
  kTypeTupleSubclass = 1u << 6,
  kTypeListSubclass = 1u << 7,
  kTypeDictSubclass = 1u << 8,
  kTypeTypeSubclass = 1u << 9,
  kTypeExcSubclass = 1u << 10,  // BaseException and subclasses
  kTypeFloatSubclass = 1u << 11,
};

struct Type : Object {
  const char* name;          // tp_name: "int", "dict", or "module.Class" for heap types
  Type* base = nullptr;      // primary base
  Tuple* bases = nullptr;    // __bases__
  Tuple* mro = nullptr;      // __mro__ (C3)
  Dict* dict = nullptr;      // class namespace / methods
  uint32_t flags = 0;
  size_t instance_size = 0;  // bytes of a plain instance (for object.__new__)
  ptrdiff_t dict_offset = 0; // offset of the instance Dict* field, 0 if none

  // ---- slots (nullptr = not supported) ----
  UnaryFn repr = nullptr;
  UnaryFn str = nullptr;
  int64_t (*hash)(Value) = nullptr;
  Value (*richcompare)(Value, Value, CompareOp) = nullptr;  // may return NotImplemented
  int (*compare)(Value, Value) = nullptr;           // 2.7's tp_compare: -1/0/1 for cmp() (may raise)
  Value (*getattr)(Value, Str*) = nullptr;          // returns null if missing (no raise)
  void (*setattr)(Value, Str*, Value) = nullptr;    // value null = delete
  CallFn call = nullptr;
  UnaryFn iter = nullptr;
  UnaryFn iternext = nullptr;                       // returns null when exhausted
  int64_t (*len)(Value) = nullptr;                  // -1 never; raises instead
  BinaryFn getitem = nullptr;
  void (*setitem)(Value, Value, Value) = nullptr;   // value null = delete
  int (*contains)(Value, Value) = nullptr;          // 0/1
  int (*nonzero)(Value) = nullptr;                  // 0/1
  BinaryFn nb[kNbCount] = {};
  BinaryFn nb_inplace[kNbCount] = {};
  TernaryFn nb_pow3 = nullptr;                      // pow(a, b, m)
  UnaryFn nb_neg = nullptr, nb_pos = nullptr, nb_invert = nullptr, nb_abs = nullptr;
  UnaryFn nb_int = nullptr, nb_long = nullptr, nb_float = nullptr, nb_index = nullptr;
  UnaryFn nb_hex = nullptr, nb_oct = nullptr;
  TernaryFn descr_get = nullptr;                    // (descr, obj or null, type)
  void (*descr_set)(Value, Value, Value) = nullptr; // (descr, obj, value or null=delete)
  CallFn tp_new = nullptr;                          // callee = the Type being instantiated
  CallFn tp_init = nullptr;                         // callee = the new instance
};

extern Type IntType;

inline Type* type_of(Value v) { return v.is_small_int() ? &IntType : v.obj()->type; }

}  // namespace pytrans::rt
