// SPDX-License-Identifier: Apache-2.0
// The object side of the codecs: running a resolved codec on str/unicode
// values with 2.7's error handlers, the registries behind
// codecs.register_error / codecs.register, and the Unicode*Error objects.
//
// Built-in handler names ('strict', 'replace'...) are applied inside the
// codec loops. Any other name makes the codec stop at its first error; the
// handler registered under that name is then called with the
// UnicodeEncodeError/UnicodeDecodeError and answers (replacement, newpos);
// the codec restarts at newpos with what it produced so far kept. That is
// exactly 2.7's protocol for every codec that keeps no state across an
// error, which all of ours are.
#pragma once

#include <string_view>

#include "core/value.h"
#include "objects/codecs_extra.h"

namespace pytrans::rt {

struct Str;

// s.encode(...) / b.decode(...) through codec c; obj is the original object
// (the exception's .object).
Value codec_encode_object(const internal::CodecRef& c, std::u32string_view s, Value obj, const char* errors);
Value codec_decode_object(const internal::CodecRef& c, std::string_view s, Value obj, const char* errors);

// A new UnicodeEncodeError / UnicodeDecodeError with its five attributes.
Value codec_error_object(bool encode, const char* encoding, Value obj, int64_t start, int64_t end,
                         const char* reason);

// codecs.register_error / codecs.lookup_error for non-built-in names (null
// when nothing is registered under name).
void codec_register_error(Value name, Value handler);
Value codec_registered_error(std::string_view name);

// codecs.register: search functions asked, in order, for names the
// encodings package does not know. codec_search_user returns the first
// non-None answer (a CodecInfo or 4-tuple), or null.
void codec_register_search(Value fn);
Value codec_search_user(const char* encoding);

// obj.encode/obj.decode through a codec found by a search function; null
// when none knows the encoding. Checks 2.7's result types.
Value codec_user_encode(Value obj, const char* encoding, const char* errors);
Value codec_user_decode(Value obj, const char* encoding, const char* errors);

// The str-to-str codecs built on other modules: zlib_codec (zlib),
// quopri_codec and uu_codec (binascii). Null for other codecs.
Value codec_bytes_module(const internal::CodecRef& c, Str* data, bool encode);

}  // namespace pytrans::rt
