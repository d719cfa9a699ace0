// SPDX-License-Identifier: Apache-2.0
//
// Tests for the class machinery (runtime/objects/type.cc, class.cc,
// slot_wrappers.cc, oldstyle.cc): type(name, bases, dict), slot wrappers of
// builtin types, __slots__, C3 MRO errors, old-style classes and 2.7's
// default ordering. Expected texts are CPython 2.7.18's. Behaviour that
// needs methods written in Python is covered by tests/compat/protocols.
#include <gtest/gtest.h>

#include <string>

#include "core/ops.h"
#include "core/raise.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "rt_testing.h"

namespace pytrans::rt {
namespace {

using testing_support::repr_of;

class ClassTest : public ::testing::Test {
 protected:
  void SetUp() override { testing_support::runtime_once(); }
};

Value S(const char* s) { return Value(str_intern(s)); }
Value attr(Value o, const char* name) { return getattr(o, str_intern(name)); }

// type(name, bases, dict) with `ns` given as key/value pairs.
Value make_class(const char* name, std::initializer_list<Value> bases,
                 std::initializer_list<std::pair<const char*, Value>> ns = {}) {
  Dict* d = dict_new();
  dict_set(d, S("__module__"), S("__main__"));
  for (auto& kv : ns) dict_set(d, S(kv.first), kv.second);
  return call(Value(&TypeType), S(name), Value(tuple_of(bases)), Value(d));
}

// The "Type: message" of the exception `f` raises, or "" if none.
template <class F>
std::string error_of(F f) {
  try {
    f();
  } catch (PyException& e) {
    return std::string(type_short_name(e.exc)) + ": " + std::string(exc_str(e.exc)->view());
  }
  return "";
}

TEST_F(ClassTest, BasicUse) {
  Value a = make_class("A", {Value(&ObjectType)}, {{"x", small_int(1)}});
  Value b = make_class("B", {a});
  EXPECT_EQ(repr_of(b), "<class '__main__.B'>");
  EXPECT_EQ(repr_of(attr(b, "__mro__")), "(<class '__main__.B'>, <class '__main__.A'>, <type 'object'>)");
  EXPECT_EQ(repr_of(attr(b, "__bases__")), "(<class '__main__.A'>,)");
  EXPECT_EQ(repr_of(attr(call(b), "x")), "1");
  EXPECT_EQ(repr_of(call(attr(a, "__subclasses__"))), "[<class '__main__.B'>]");
  EXPECT_EQ(repr_of(Value(type_of(attr(a, "__dict__")))), "<type 'dictproxy'>");
  Value obj = call(b);
  setattr(obj, str_intern("y"), small_int(2));
  EXPECT_EQ(repr_of(attr(obj, "__dict__")), "{'y': 2}");
  EXPECT_EQ(attr(obj, "__class__"), b);
}

TEST_F(ClassTest, SlotWrappersOfBuiltinTypes) {
  EXPECT_EQ(repr_of(attr(Value(&ListType), "__len__")), "<slot wrapper '__len__' of 'list' objects>");
  EXPECT_EQ(repr_of(attr(Value(&ObjectType), "__init__")), "<slot wrapper '__init__' of 'object' objects>");
  List* l = list_new(0);
  list_append(l, small_int(5));
  EXPECT_EQ(repr_of(call(attr(Value(&ListType), "__len__"), Value(l))), "1");
  EXPECT_EQ(repr_of(call(attr(Value(&IntType), "__add__"), small_int(3), small_int(4))), "7");
  EXPECT_EQ(repr_of(call(attr(small_int(3), "__radd__"), small_int(4))), "7");
  EXPECT_TRUE(is_none(attr(Value(&ListType), "__hash__")));
  Dict* d = dict_new();
  call(attr(Value(&DictType), "__setitem__"), Value(d), S("k"), small_int(1));
  EXPECT_EQ(repr_of(Value(d)), "{'k': 1}");
}

struct ErrorRow {
  const char* what;
  std::string (*run)();
  const char* expected;
};

const ErrorRow kErrors[] = {
    {"descriptor on wrong type",
     [] { return error_of([] { call(attr(Value(&ListType), "__len__"), small_int(1)); }); },
     "TypeError: descriptor '__len__' requires a 'list' object but received a 'int'"},
    {"descriptor without self",
     [] { return error_of([] { call(attr(Value(&ListType), "__len__")); }); },
     "TypeError: descriptor '__len__' of 'list' object needs an argument"},
    {"object.__new__ of an int subclass",
     [] {
       Value c = make_class("I", {Value(&IntType)});
       return error_of([&] { call(attr(Value(&ObjectType), "__new__"), c); });
     },
     "TypeError: object.__new__(I) is not safe, use int.__new__()"},
    {"int.__new__ of a non-subtype",
     [] { return error_of([] { call(attr(Value(&IntType), "__new__"), Value(&StrType)); }); },
     "TypeError: int.__new__(str): str is not a subtype of int"},
    {"object() with arguments",
     [] {
       Value c = make_class("P", {Value(&ObjectType)});
       return error_of([&] { call(c, small_int(1)); });
     },
     "TypeError: object() takes no parameters"},
    {"inconsistent MRO",
     [] {
       Value a = make_class("A", {Value(&ObjectType)});
       Value b = make_class("B", {Value(&ObjectType)});
       Value c = make_class("C", {a, b});
       Value d = make_class("D", {b, a});
       return error_of([&] { make_class("E", {c, d}); });
     },
     // A direct type() call: no "Error when calling the metaclass bases" prefix (class statements only).
     "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B"},
    {"duplicate base",
     [] {
       Value a = make_class("A", {Value(&ObjectType)});
       return error_of([&] { make_class("D", {a, a}); });
     },
     "TypeError: duplicate base class A"},
    {"missing attribute of an instance",
     [] {
       Value c = make_class("B", {Value(&ObjectType)});
       return error_of([&] { attr(call(c), "x"); });
     },
     "AttributeError: 'B' object has no attribute 'x'"},
    {"missing attribute of a class",
     [] {
       Value c = make_class("B", {Value(&ObjectType)});
       return error_of([&] { attr(c, "x"); });
     },
     "AttributeError: type object 'B' has no attribute 'x'"},
    {"unset slot",
     [] {
       Value c = make_class("P", {Value(&ObjectType)}, {{"__slots__", Value(tuple_of({S("x")}))}});
       return error_of([&] { attr(call(c), "x"); });
     },
     "AttributeError: x"},
    {"no __dict__ with __slots__",
     [] {
       Value c = make_class("P", {Value(&ObjectType)}, {{"__slots__", Value(tuple_of({S("x")}))}});
       return error_of([&] { setattr(call(c), str_intern("z"), small_int(1)); });
     },
     "AttributeError: 'P' object has no attribute 'z'"},
    {"slot shadowed by a class variable (no error in 2.7)",
     [] { return error_of([] { make_class("P", {Value(&ObjectType)}, {{"__slots__", S("x")}, {"x", small_int(1)}}); }); },
     ""},
    {"old-style missing attribute",
     [] {
       Value c = build_class(str_intern("A"), tuple_empty(), dict_new());
       return error_of([&] { attr(call(c), "x"); });
     },
     "AttributeError: A instance has no attribute 'x'"},
    {"old-style call of an instance",
     [] {
       Value c = build_class(str_intern("A"), tuple_empty(), dict_new());
       return error_of([&] { call(call(c)); });
     },
     "AttributeError: A instance has no __call__ method"},
};

TEST_F(ClassTest, ErrorMessages) {
  for (const ErrorRow& r : kErrors) EXPECT_EQ(r.run(), r.expected) << r.what;
}

TEST_F(ClassTest, SlotsStoreValues) {
  Value c = make_class("P", {Value(&ObjectType)}, {{"__slots__", Value(tuple_of({S("x"), S("y")}))}});
  EXPECT_EQ(repr_of(attr(c, "x")), "<member 'x' of 'P' objects>");
  Value p = call(c);
  setattr(p, str_intern("y"), small_int(7));
  EXPECT_EQ(repr_of(attr(p, "y")), "7");
  delattr(p, str_intern("y"));
  EXPECT_EQ(error_of([&] { attr(p, "y"); }), "AttributeError: y");
}

TEST_F(ClassTest, DefaultOrderingOfUnrelatedTypes) {
  // None < numbers < other types by type name ('dict' < 'list' < 'str' < 'tuple').
  EXPECT_LT(cmp3(None(), small_int(-5)), 0);
  EXPECT_LT(cmp3(small_int(100), Value(dict_new())), 0);
  EXPECT_LT(cmp3(Value(dict_new()), Value(list_new(0))), 0);
  EXPECT_LT(cmp3(Value(list_new(0)), S("a")), 0);
  EXPECT_LT(cmp3(S("z"), Value(tuple_empty())), 0);
}

TEST_F(ClassTest, OldStyleClasses) {
  Dict* ns = dict_new();
  dict_set(ns, S("__module__"), S("__main__"));
  Value c = build_class(str_intern("A"), tuple_empty(), ns);
  EXPECT_EQ(std::string(to_str(c)->view()), "__main__.A");
  EXPECT_EQ(repr_of(Value(type_of(c))), "<type 'classobj'>");
  EXPECT_EQ(repr_of(Value(type_of(call(c)))), "<type 'instance'>");
  EXPECT_EQ(repr_of(attr(c, "__bases__")), "()");
}

}  // namespace
}  // namespace pytrans::rt
