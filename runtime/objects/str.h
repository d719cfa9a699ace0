// SPDX-License-Identifier: Apache-2.0
// str: immutable bytes with a cached hash. Instances of str itself are
// allocated atomic (no pointers inside); subclasses are not.
#pragma once
#include <string>
#include <string_view>

#include "core/value.h"

namespace pytrans::rt {

struct Str : Object {
  int64_t hash;  // -1 until computed
  int64_t len;
  Dict* dict;    // instance dict for subclasses; unused for str itself
  char data[1];  // len bytes + NUL

  std::string_view view() const { return std::string_view(data, static_cast<size_t>(len)); }
};

extern Type StrType;

inline bool is_str(Value v) { return !v.is_small_int() && (v.obj()->type->flags & kTypeStrSubclass); }
Str* str_new(const char* data, size_t len);
inline Str* str_new(std::string_view s) { return str_new(s.data(), s.size()); }
Str* str_alloc(size_t len);                // uninitialised bytes, NUL-terminated
Str* str_intern(const char* data, size_t len);  // one object per distinct text
inline Str* str_intern(std::string_view s) { return str_intern(s.data(), s.size()); }
Str* str_from_char(unsigned char c);       // cached one-byte strings
int64_t str_hash(Str* s);
inline bool str_eq(Str* a, Str* b) {
  return a == b || (a->len == b->len && (a->hash == -1 || b->hash == -1 || a->hash == b->hash) &&
                    std::string_view(a->data, a->len) == std::string_view(b->data, b->len));
}
Str* str_concat(Str* a, Str* b);
std::string str_repr_bytes(std::string_view s);  // 'abc' with 2.7's quoting/escapes

// format(value, spec) (str_format.cc): __format__ of classes, else the
// builtin int/long/float/str/unicode/object rules. spec is str or unicode.
Value format_value(Value value, Value spec);
Value builtin_format(Value, const Value* args, size_t nargs, Tuple* kw);  // the format() builtin

}  // namespace pytrans::rt
