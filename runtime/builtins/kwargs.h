// SPDX-License-Identifier: Apache-2.0
// Keyword arguments of the few builtins that take them (round, sorted,
// __import__), checked in the order 2.7's PyArg_ParseTupleAndKeywords
// checks them, because that order decides which error a bad call reports:
//   1. too many arguments in all: "round() takes at most 2 arguments (3 given)";
//   2. each parameter in turn: given twice ("Argument given by name ('key')
//      and position (2)"), else missing and required ("Required argument
//      'number' (pos 1) not found"); the caller converts each value as it
//      gets it, so a bad first argument is reported before a missing second;
//   3. last, any keyword naming no parameter ("'foo' is an invalid keyword
//      argument for this function").
#pragma once
#include <cstring>
#include <initializer_list>

#include "core/raise.h"
#include "core/value.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pytrans::rt::internal {

class KwArgs {
 public:
  KwArgs(const char* fname, const Value* args, size_t nargs, Tuple* kw, std::initializer_list<const char*> names,
         size_t required)
      : args_(args), nargs_(nargs), kw_(kw), required_(required) {
    // The list's array dies with the constructor's full-expression: copy it.
    for (const char* n : names)
      if (count_ < kMaxNames) names_[count_++] = n;
    size_t total = nargs + (kw ? static_cast<size_t>(kw->len) : 0);
    if (total > count_)
      raise_type_error("%s() takes at most %zu argument%s (%zu given)", fname, count_, count_ == 1 ? "" : "s", total);
  }

  // The i-th parameter's value, or null when it is optional and not given.
  Value get(size_t i) const {
    const char* name = names_[i];
    Value by_name = keyword(name);
    if (!by_name.is_null()) {
      if (i < nargs_) raise_type_error("Argument given by name ('%s') and position (%zu)", name, i + 1);
      return by_name;
    }
    if (i < nargs_) return args_[i];
    if (i < required_) raise_type_error("Required argument '%s' (pos %zu) not found", name, i + 1);
    return Value();
  }

  // Raises for a keyword that names no parameter; call after every get().
  void finish() const {
    if (!kw_) return;
    for (int64_t k = 0; k < kw_->len; ++k) {
      const char* given = kw_->items[k].as<Str>()->data;
      bool known = false;
      for (size_t i = 0; i < count_; ++i) known |= std::strcmp(names_[i], given) == 0;
      if (!known) raise_type_error("'%s' is an invalid keyword argument for this function", given);
    }
  }

 private:
  Value keyword(const char* name) const {
    if (!kw_) return Value();
    for (int64_t k = 0; k < kw_->len; ++k)
      if (std::strcmp(kw_->items[k].as<Str>()->data, name) == 0) return args_[nargs_ + k];
    return Value();
  }

  static constexpr size_t kMaxNames = 8;
  const Value* args_;
  size_t nargs_;
  Tuple* kw_;
  const char* names_[kMaxNames] = {};
  size_t count_ = 0;
  size_t required_;
};

}  // namespace pytrans::rt::internal
