// SPDX-License-Identifier: Apache-2.0
//
// Shared by str_test.cc and unicode_test.cc: starts the runtime once, builds
// Python values from the tagged strings of the generated vectors
// (vectors/gen_strings.py: "s:bytes", "u:utf-8", "U:61 d800", "i:5", "f:1.5",
// "n:", "T:a|b"), and runs one call, returning repr(result) or
// "ExcType: message" the way the generator printed CPython's outcome.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "core/frame.h"
#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/codecs.h"
#include "objects/float.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode.h"

namespace pytrans::rt {
void types_finalize();
Value long_from_literal(const char* digits);

namespace strtest {

inline void runtime_once() {
  if (!tl_state) {
    gc_init();
    auto* t = static_cast<ThreadState*>(gc_alloc_uncollectable(sizeof(ThreadState)));
    new (t) ThreadState();
    char here;
    t->stack_limit = &here - (6u << 20);
    tl_state = t;
  }
  // Another test file of this binary may have finalized the types already.
  if (!StrType.mro) types_finalize();
}

inline std::u32string utf8_to_u32(std::string_view s) {
  std::u32string out;
  internal::CodecError err;
  internal::codec_decode(internal::Codec::kUtf8, s, internal::ErrorMode::kStrict, out, err);
  return out;
}

inline Value value_of(const char* tagged) {
  std::string_view s(tagged);
  std::string_view rest = s.substr(2);
  switch (s[0]) {
    case 's': return Value(str_new(rest));
    case 'u': return Value(unicode_new(utf8_to_u32(rest)));
    case 'U': {
      std::u32string cps;
      const char* p = tagged + 2;
      while (*p) {
        char* end;
        cps += static_cast<char32_t>(std::strtoul(p, &end, 16));
        p = end;
      }
      return Value(unicode_new(cps));
    }
    case 'i':
      if (rest.size() > 17) return long_from_literal(std::string(rest).c_str());
      return make_int(std::strtoll(tagged + 2, nullptr, 10));
    case 'f': return make_float(std::strtod(tagged + 2, nullptr));
    case 'n': return None();
    case 'T': {
      std::vector<Value> items;
      size_t start = 0;
      while (true) {
        size_t bar = rest.find('|', start);
        items.push_back(Value(str_new(rest.substr(start, bar == std::string_view::npos ? bar : bar - start))));
        if (bar == std::string_view::npos) break;
        start = bar + 1;
      }
      return Value(tuple_from(items.data(), items.size()));
    }
  }
  ADD_FAILURE() << "bad tag " << tagged;
  return None();
}

struct MethodCase {
  const char* self;
  const char* method;
  std::vector<const char*> args;
  const char* expected;
};

// repr(self.method(*args)), or "ExcType: str(exc)".
inline std::string outcome(const MethodCase& c) {
  Value self = value_of(c.self);
  std::vector<Value> args;
  for (const char* a : c.args) args.push_back(value_of(a));
  try {
    Value r;
    std::string_view m(c.method);
    if (m == "%") r = mod(self, Value(tuple_from(args.data(), args.size())));
    else if (m == "format()") r = format_value(self, args.empty() ? Value(str_intern("")) : args[0]);
    else r = call_method_v(self, str_intern(c.method), args.data(), args.size());
    return std::string(repr(r)->view());
  } catch (PyException& e) {
    Value exc = e.exc;
    return std::string(type_short_name(exc)) + ": " + std::string(to_str(exc)->view());
  }
}

inline std::string describe(const MethodCase& c) {
  std::string d = std::string(c.self) + " ." + c.method + "(";
  for (const char* a : c.args) d += std::string(a) + ", ";
  return d + ")";
}

}  // namespace strtest
}  // namespace pytrans::rt
