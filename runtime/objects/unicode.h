// SPDX-License-Identifier: Apache-2.0
// unicode: immutable sequences of code points, stored UCS4 (char32_t) like a
// wide 2.7 build, so len(u'\U0001f600') == 1 and lone surrogates are kept.
// Layout mirrors str: cached hash (-1 = not computed), length, instance dict
// for subclasses, then the code points and a terminating 0.
//
// Mixing with str follows 2.7: the str side is decoded with the default
// encoding (ascii) and the result is unicode; failures raise
// UnicodeDecodeError with 2.7's exact text. str(u) encodes with ascii.
#pragma once
#include <string>
#include <string_view>

#include "core/value.h"

namespace pytrans::rt {

struct Str;

struct Unicode : Object {
  int64_t hash;
  int64_t len;
  Dict* dict;
  char32_t data[1];

  std::u32string_view view() const { return std::u32string_view(data, static_cast<size_t>(len)); }
};

extern Type UnicodeType, BaseStringType;
extern Type UnicodeIterType;  // iter(u)

inline bool is_unicode(Value v) {
  return !v.is_small_int() && (v.obj()->type->flags & kTypeUnicodeSubclass);
}
Unicode* unicode_alloc(size_t len);
Unicode* unicode_new(std::u32string_view s);
// A literal from the emitter: n code points as little-endian UTF-32 bytes.
Value unicode_from_utf32le(const char* bytes, size_t n);
Value unicode_from_ascii(const char* s, size_t n);
int64_t unicode_hash(Unicode* u);

// Implicit conversions with the default encoding (ascii).
Unicode* unicode_from_str(Str* s);  // raises UnicodeDecodeError
Str* unicode_to_str(Unicode* u);    // raises UnicodeEncodeError
// unicode(x): unicode, str (decoded), or __unicode__/__str__ of other objects.
Unicode* to_unicode(Value v);
// The __str__ result of v, str or unicode (2.7's _PyObject_Str): '%s' % obj
// and unicode(obj) keep a unicode that str(obj) would encode.
Value str_slot_result(Value v);
// str or unicode argument as unicode (for str methods given a unicode).
Unicode* as_unicode_arg(Value v);

// s.encode(encoding, errors) / s.decode(encoding, errors) for code points and
// bytes; encoding/errors null mean the defaults ('ascii', 'strict').
Value unicode_encode(std::u32string_view s, Value obj, const char* encoding, const char* errors);
Value str_decode_bytes(std::string_view s, Value obj, const char* encoding, const char* errors);
// str.encode(): decodes with the default encoding first, except for the
// bytes-to-bytes codecs ('hex', 'base64', 'string_escape'), which take the
// bytes as they are.
Value str_encode_bytes(Str* s, const char* encoding, const char* errors);

// The % operator with a unicode result (u'%s' % x, or '%s' % u'x').
Value unicode_mod(Value fmt, Value args);
// unicode.format(*args, **kw) and format(x, spec) for unicode specs.
Value unicode_format_method(Value self, const Value* args, size_t nargs, Tuple* kw);
// int()/long()/float() of a unicode: spaces and decimal digits of any script
// mapped to ASCII (UnicodeEncodeError 'decimal' for other non-latin-1 text).
Str* unicode_encode_decimal(Unicode* u);
// The unichr() builtin.
Value builtin_unichr(Value, const Value* args, size_t nargs, Tuple* kw);
// The ord() builtin (str and unicode).
Value builtin_ord(Value, const Value* args, size_t nargs, Tuple* kw);

}  // namespace pytrans::rt
