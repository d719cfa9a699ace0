// SPDX-License-Identifier: Apache-2.0
// Text codecs of 2.7 (ascii, latin-1, utf-8, utf-16, utf-32, unicode_escape,
// raw_unicode_escape) on plain C++ strings: unicode is std::u32string (UCS4,
// lone surrogates allowed), str is std::string of bytes.
//
// 2.7 quirks kept on purpose:
// - the UTF-8 codec calls itself 'utf8' in error messages, UTF-16 'utf16',
//   UTF-32 'utf32'; ascii and latin-1 keep their names;
// - UTF-8 decoding accepts encoded surrogates ('\xed\xa0\x80' is u'\ud800'),
//   and encoding joins a high+low surrogate pair into one 4-byte sequence;
// - error ranges follow 2.7's decoder exactly (see codecs.cc), because the
//   messages print them ("can't decode bytes in position 0-1").
// Errors come back as a CodecError; the object layer (unicode.cc) raises the
// matching UnicodeEncodeError / UnicodeDecodeError / LookupError.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace pytrans::rt::internal {

enum class Codec {
  kAscii, kLatin1, kUtf8, kUtf16, kUtf16Le, kUtf16Be, kUtf32, kUtf32Le, kUtf32Be,
  kUnicodeEscape, kRawUnicodeEscape,
};

// Finds a codec by any 2.7 spelling ('UTF-8', 'utf8', 'latin1', 'iso-8859-1',
// 'us-ascii'...). False for unknown names ("unknown encoding: nope").
bool codec_lookup(std::string_view encoding, Codec* out);
// The name 2.7 prints in codec errors: 'utf8', 'ascii', 'latin-1', 'utf16'...
const char* codec_error_name(Codec c);

enum class ErrorMode { kStrict, kIgnore, kReplace, kXmlCharRefReplace, kBackslashReplace, kUnknown };
ErrorMode error_mode(std::string_view errors);

struct CodecError {
  const char* encoding = "";
  int64_t start = 0, end = 0;
  const char* reason = "";
  bool unknown_handler = false;  // errors= named no handler: LookupError
};

// Both return false and fill err when an error is not handled by `mode`.
bool codec_encode(Codec c, std::u32string_view s, ErrorMode mode, std::string& out, CodecError& err);
bool codec_decode(Codec c, std::string_view s, ErrorMode mode, std::u32string& out, CodecError& err);

// The default encoding of implicit str <-> unicode conversions: 'ascii'
// until sys.setdefaultencoding changes it (the reload(sys) hack). The name
// is kept as given, since sys.getdefaultencoding() returns it.
const char* default_encoding();
void set_default_encoding(std::string_view name);

// u'\xe9' -> "\\xe9", u'\u20ac' -> "\\u20ac", else "\\U0001f600" (the escapes
// of unicode repr and of UnicodeEncodeError messages).
void append_unicode_escape(std::string& out, char32_t c);

}  // namespace pytrans::rt::internal
