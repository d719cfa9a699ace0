// SPDX-License-Identifier: Apache-2.0
// unicode: the type, its slots, the implicit str <-> unicode conversions and
// the codec glue that turns internal::CodecError into 2.7's exceptions.
//
// Comparison with a str decodes the str with ascii. When that fails, == and
// != answer False/True and print 2.7's UnicodeWarning (once per source line,
// as the default warning filter does); ordering comparisons raise the
// UnicodeDecodeError instead. Unicode*Error instances carry encoding, object,
// start, end and reason attributes, and their __str__ is computed from those,
// so their text is the same as 2.7's.
#include "objects/unicode.h"

#include <cstring>
#include <mutex>
#include <set>
#include <string>
#include <tuple>

#include "core/frame.h"
#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "internal/hashing.h"
#include "objects/codecs.h"
#include "objects/codecs_registry.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/bytearray.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/memoryview.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/str_common.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode_db.h"

namespace pytrans::rt {

Type UnicodeType, BaseStringType;

Unicode* unicode_alloc(size_t len) {
  Unicode* u = static_cast<Unicode*>(gc_alloc_atomic(offsetof(Unicode, data) + (len + 1) * sizeof(char32_t)));
  u->type = &UnicodeType;
  u->hash = -1;
  u->len = static_cast<int64_t>(len);
  u->dict = nullptr;
  u->data[len] = 0;
  return u;
}

Unicode* unicode_new(std::u32string_view s) {
  Unicode* u = unicode_alloc(s.size());
  if (!s.empty()) std::memcpy(u->data, s.data(), s.size() * sizeof(char32_t));
  return u;
}

Value unicode_from_utf32le(const char* bytes, size_t n) {
  Unicode* u = unicode_alloc(n);
  const unsigned char* p = reinterpret_cast<const unsigned char*>(bytes);
  for (size_t i = 0; i < n; ++i, p += 4)
    u->data[i] = static_cast<char32_t>(p[0] | (p[1] << 8) | (p[2] << 16) | (static_cast<uint32_t>(p[3]) << 24));
  return Value(u);
}

Value unicode_from_ascii(const char* s, size_t n) {
  Unicode* u = unicode_alloc(n);
  for (size_t i = 0; i < n; ++i) u->data[i] = static_cast<unsigned char>(s[i]);
  return Value(u);
}

int64_t unicode_hash(Unicode* u) {
  if (u->hash != -1) return u->hash;
  u->hash = internal::hash_unicode(u->data, static_cast<size_t>(u->len));
  return u->hash;
}

// ---- codec errors ----

namespace {

[[noreturn]] void raise_codec_error(const internal::CodecError& e, bool encode, Value obj, const char* errors) {
  if (e.unknown_handler) raise_fmt(&LookupErrorType, "unknown error handler name '%s'", errors);
  Type* t = encode ? &UnicodeEncodeErrorType : &UnicodeDecodeErrorType;
  Value args[] = {Value(str_new(e.encoding)), obj, make_int(e.start), make_int(e.end), Value(str_new(e.reason))};
  Value exc = exc_new(t, args, 5);
  BaseException* be = exc.as<BaseException>();
  if (!be->dict) be->dict = dict_new();
  const char* names[] = {"encoding", "object", "start", "end", "reason"};
  for (int i = 0; i < 5; ++i) dict_set(be->dict, Value(str_intern(names[i])), args[i]);
  raise(exc);
}

Value exc_attr(Value self, const char* name) {
  BaseException* e = self.as<BaseException>();
  return e->dict ? dict_get_str(e->dict, str_intern(name)) : Value();
}

// 2.7's UnicodeEncodeError.__str__ / UnicodeDecodeError.__str__.
Value unicode_error_str(Value self, bool encode) {
  Value enc = exc_attr(self, "encoding"), obj = exc_attr(self, "object"), st = exc_attr(self, "start"),
        en = exc_attr(self, "end"), reason = exc_attr(self, "reason");
  if (enc.is_null() || obj.is_null() || st.is_null() || en.is_null() || reason.is_null() || !is_int(st) ||
      !is_int(en))
    return Value(str_intern(""));
  int64_t start = int_value(st), end = int_value(en);
  std::string s = "'" + std::string(to_str(enc)->view()) + "' codec can't " + (encode ? "encode " : "decode ");
  if (end == start + 1) {
    char buf[64];
    if (encode && is_unicode(obj) && start >= 0 && start < obj.as<Unicode>()->len) {
      std::string esc;
      internal::append_unicode_escape(esc, obj.as<Unicode>()->data[start]);
      s += "character u'" + esc + "'";
    } else if (!encode && is_str(obj) && start >= 0 && start < obj.as<Str>()->len) {
      std::snprintf(buf, sizeof buf, "byte 0x%02x", static_cast<unsigned char>(obj.as<Str>()->data[start]));
      s += buf;
    }
    std::snprintf(buf, sizeof buf, " in position %lld: ", static_cast<long long>(start));
    s += buf;
  } else {
    char buf[96];
    std::snprintf(buf, sizeof buf, "%s in position %lld-%lld: ", encode ? "characters" : "bytes",
                  static_cast<long long>(start), static_cast<long long>(end - 1));
    s += buf;
  }
  s += to_str(reason)->view();
  return Value(str_new(s));
}
Value encode_error_str(Value self) { return unicode_error_str(self, true); }
Value decode_error_str(Value self) { return unicode_error_str(self, false); }

internal::Codec lookup_codec(const char* encoding) {
  internal::Codec c;
  if (!internal::codec_lookup(encoding, &c)) raise_fmt(&LookupErrorType, "unknown encoding: %s", encoding);
  return c;
}

// ---- bytes-to-bytes codecs (hex, base64) ----

bool bytes_codec(std::string_view encoding, std::string_view s, bool encode, std::string& out) {
  std::string n;
  for (char c : encoding) n += (c == '-' || c == ' ') ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const char hexd[] = "0123456789abcdef";
  if (n == "hex" || n == "hex_codec") {
    if (encode) {
      for (unsigned char c : s) {
        out += hexd[c >> 4];
        out += hexd[c & 15];
      }
      return true;
    }
    if (s.size() % 2) raise_type_error("Odd-length string");
    auto hv = [](char c) -> int {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      if (c >= 'A' && c <= 'F') return c - 'A' + 10;
      raise_type_error("Non-hexadecimal digit found");
    };
    for (size_t i = 0; i < s.size(); i += 2) out += static_cast<char>(hv(s[i]) * 16 + hv(s[i + 1]));
    return true;
  }
  if (n == "string_escape") {
    if (encode) {
      // repr() without the quotes, and ' always escaped.
      for (unsigned char c : s) {
        if (c == '\'' || c == '\\') {
          out += '\\';
          out += static_cast<char>(c);
        } else if (c == '\t') {
          out += "\\t";
        } else if (c == '\n') {
          out += "\\n";
        } else if (c == '\r') {
          out += "\\r";
        } else if (c < 0x20 || c >= 0x7f) {
          out += "\\x";
          out += hexd[c >> 4];
          out += hexd[c & 15];
        } else {
          out += static_cast<char>(c);
        }
      }
      return true;
    }
    for (size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      if (c != '\\') {
        out += c;
        continue;
      }
      if (++i >= s.size()) raise_value_error("Trailing \\ in string");
      c = s[i];
      switch (c) {
        case '\n': break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 't': out += '\t'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 'v': out += '\v'; break;
        case 'a': out += '\a'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
          int v = c - '0';
          for (int k = 0; k < 2 && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '7'; ++k) v = v * 8 + (s[++i] - '0');
          out += static_cast<char>(v & 0xff);
          break;
        }
        case 'x': {
          auto hx = [](char h) { return std::isxdigit(static_cast<unsigned char>(h)) != 0; };
          if (i + 2 >= s.size() || !hx(s[i + 1]) || !hx(s[i + 2])) raise_value_error("invalid \\x escape");
          auto val = [](char h) { return h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10; };
          out += static_cast<char>(val(s[i + 1]) * 16 + val(s[i + 2]));
          i += 2;
          break;
        }
        default:
          out += '\\';
          out += c;
      }
    }
    return true;
  }
  if (n == "base64" || n == "base64_codec" || n == "base_64") {
    static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    if (encode) {
      // base64.encodestring: lines of 76 characters, each ending in '\n'.
      std::string line;
      for (size_t i = 0; i < s.size(); i += 57) {
        std::string_view chunk = s.substr(i, 57);
        for (size_t j = 0; j < chunk.size(); j += 3) {
          uint32_t v = static_cast<unsigned char>(chunk[j]) << 16;
          if (j + 1 < chunk.size()) v |= static_cast<unsigned char>(chunk[j + 1]) << 8;
          if (j + 2 < chunk.size()) v |= static_cast<unsigned char>(chunk[j + 2]);
          out += b64[(v >> 18) & 63];
          out += b64[(v >> 12) & 63];
          out += j + 1 < chunk.size() ? b64[(v >> 6) & 63] : '=';
          out += j + 2 < chunk.size() ? b64[v & 63] : '=';
        }
        out += '\n';
      }
      return true;
    }
    uint32_t acc = 0;
    int bits = 0;
    for (char c : s) {
      const char* p = c ? std::strchr(b64, c) : nullptr;
      if (c == '=') break;
      if (!p) continue;
      acc = (acc << 6) | static_cast<uint32_t>(p - b64);
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out += static_cast<char>((acc >> bits) & 0xff);
      }
    }
    return true;
  }
  return false;
}

}  // namespace

Value unicode_encode(std::u32string_view s, Value obj, const char* encoding, const char* errors) {
  if (!encoding) encoding = internal::default_encoding();
  if (!errors) errors = "strict";
  internal::CodecRef ref;
  bool known = internal::codec_resolve(encoding, &ref);
  if (!known || ref.kind == internal::CodecKind::kBytes) {
    std::string bytes;
    std::string lowered;
    for (const char* p = encoding; *p; ++p) lowered += static_cast<char>(*p == '-' ? '_' : std::tolower(*p));
    if (lowered == "string_escape")
      raise_type_error("escape_encode() argument 1 must be string, not unicode");
    if (!known) {
      Value r = codec_user_encode(obj, encoding, errors);
      if (!r.is_null()) return r;
      raise_fmt(&LookupErrorType, "unknown encoding: %s", encoding);
    }
    Str* as_bytes = unicode_to_str(obj.as<Unicode>());
    if (bytes_codec(encoding, as_bytes->view(), true, bytes)) return Value(str_new(bytes));
    Value r = codec_bytes_module(ref, as_bytes, true);
    if (!r.is_null()) return r;
    raise_fmt(&LookupErrorType, "unknown encoding: %s", encoding);
  }
  return codec_encode_object(ref, s, obj, errors);
}

Value str_decode_bytes(std::string_view s, Value obj, const char* encoding, const char* errors) {
  if (!encoding) encoding = internal::default_encoding();
  if (!errors) errors = "strict";
  internal::CodecRef ref;
  bool known = internal::codec_resolve(encoding, &ref);
  if (!known || ref.kind == internal::CodecKind::kBytes) {
    std::string bytes;
    if (bytes_codec(encoding, s, false, bytes)) return Value(str_new(bytes));
    Value r = known ? codec_bytes_module(ref, str_new(s), false) : codec_user_decode(obj, encoding, errors);
    if (!r.is_null()) return r;
    raise_fmt(&LookupErrorType, "unknown encoding: %s", encoding);
  }
  return codec_decode_object(ref, s, obj, errors);
}

Value str_encode_bytes(Str* s, const char* encoding, const char* errors) {
  internal::CodecRef ref;
  if (encoding && (!internal::codec_resolve(encoding, &ref) || ref.kind == internal::CodecKind::kBytes)) {
    std::string bytes;
    if (bytes_codec(encoding, s->view(), true, bytes)) return Value(str_new(bytes));
    Value r = ref.kind == internal::CodecKind::kBytes ? codec_bytes_module(ref, s, true)
                                                      : codec_user_encode(Value(s), encoding, errors);
    if (!r.is_null()) return r;
    raise_fmt(&LookupErrorType, "unknown encoding: %s", encoding);
  }
  Unicode* u = unicode_from_str(s);
  return unicode_encode(u->view(), Value(u), encoding, errors);
}

Unicode* unicode_from_str(Str* s) {
  std::string_view v = s->view();
  bool ascii = true;
  for (unsigned char c : v) ascii &= c < 128;
  if (ascii) return unicode_from_ascii(v.data(), v.size()).as<Unicode>();
  return str_decode_bytes(v, Value(s), nullptr, nullptr).as<Unicode>();
}

Str* unicode_to_str(Unicode* u) {
  bool ascii = true;
  for (int64_t i = 0; i < u->len && ascii; ++i) ascii = u->data[i] < 128;
  if (ascii) {
    Str* s = str_alloc(u->len);
    for (int64_t i = 0; i < u->len; ++i) s->data[i] = static_cast<char>(u->data[i]);
    return s;
  }
  return unicode_encode(u->view(), Value(u), nullptr, nullptr).as<Str>();
}

// 2.7's PyUnicode_FromObject: unicode, str, or an old-style buffer whose
// characters are decoded with the default encoding.
bool is_buffer_object(Value v) { return !v.is_small_int() && v.obj()->type == &BufferType; }

Unicode* as_unicode_arg(Value v) {
  if (is_unicode(v)) return v.as<Unicode>();
  if (is_str(v)) return unicode_from_str(v.as<Str>());
  std::string chars;
  if (is_buffer_object(v) && char_buffer_bytes(v, &chars)) return unicode_from_str(str_new(chars));
  raise_type_error("coercing to Unicode: need string or buffer, %s found", type_name(v));
}

Unicode* to_unicode(Value v) {
  if (is_unicode(v)) {
    if (v.obj()->type == &UnicodeType) return v.as<Unicode>();
    return unicode_new(v.as<Unicode>()->view());
  }
  if (is_str(v)) return unicode_from_str(v.as<Str>());
  Type* t = type_of(v);
  if ((t->flags & kTypeHeap) || t == &InstanceType) {
    Value m = getattr_opt(v, str_intern("__unicode__"));
    if (!m.is_null()) {
      Value r = call(m);
      if (is_unicode(r)) return r.as<Unicode>();
      if (is_str(r)) return unicode_from_str(r.as<Str>());
      raise_type_error("coercing to Unicode: need string or buffer, %s found", type_name(r));
    }
  }
  // 2.7 keeps a unicode returned by __str__ (unicode(obj) == u'\xe9').
  Value r = str_slot_result(v);
  if (is_unicode(r)) return r.as<Unicode>();
  return unicode_from_str(r.as<Str>());
}

Value str_slot_result(Value v) {
  Type* t = type_of(v);
  if (t == &StrType || is_unicode(v)) return v;
  RecursionGuard levels(1, " while getting the str of an object");  // core/frame.h
  Value r = t->str ? t->str(v) : Value(repr(v));
  if (!is_str(r) && !is_unicode(r)) raise_type_error("__str__ returned non-string (type %s)", type_name(r));
  return r;
}

// ---- slots ----

namespace {

Value unicode_repr(Value v) {
  std::u32string_view s = v.as<Unicode>()->view();
  bool has_sq = s.find(U'\'') != std::u32string_view::npos, has_dq = s.find(U'"') != std::u32string_view::npos;
  char quote = has_sq && !has_dq ? '"' : '\'';
  std::string out = "u";
  out += quote;
  for (char32_t c : s) {
    if (c == static_cast<char32_t>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7f) {
      internal::append_unicode_escape(out, c);
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  return Value(str_new(out));
}

Value unicode_str(Value v) { return Value(unicode_to_str(v.as<Unicode>())); }
int64_t unicode_hash_slot(Value v) { return unicode_hash(v.as<Unicode>()); }
int64_t unicode_len(Value v) { return v.as<Unicode>()->len; }
int unicode_nonzero(Value v) { return v.as<Unicode>()->len != 0; }

struct WarnKey {
  const void* file;
  int line;
  bool eq;
  bool operator<(const WarnKey& o) const { return std::tie(file, line, eq) < std::tie(o.file, o.line, o.eq); }
};

void unicode_warning(bool eq) {
  static std::mutex mu;
  static std::set<WarnKey>* seen = new std::set<WarnKey>();
  Frame* f = ts() ? ts()->frame : nullptr;
  const char* file = "sys";
  int line = 1;
  const char* src = nullptr;
  if (f && f->code && f->code->module) {
    file = f->code->module->filename;
    line = f->line;
    if (line >= 1 && line <= f->code->module->nlines) src = f->code->module->lines[line - 1];
  }
  {
    std::lock_guard<std::mutex> lock(mu);
    if (!seen->insert(WarnKey{file, line, eq}).second) return;
  }
  std::string msg = std::string(file) + ":" + std::to_string(line) + ": UnicodeWarning: Unicode " +
                    (eq ? "equal" : "unequal") +
                    " comparison failed to convert both arguments to Unicode - interpreting them as being unequal\n";
  if (src) {
    while (*src == ' ' || *src == '\t' || *src == '\f') ++src;
    msg += "  ";
    msg += src;
    msg += "\n";
  }
  std::fflush(stdout);
  std::fwrite(msg.data(), 1, msg.size(), stderr);
}

Value unicode_richcompare(Value a, Value b, CompareOp op) {
  Unicode* y;
  if (is_unicode(b)) {
    y = b.as<Unicode>();
  } else if (is_str(b) || is_buffer_object(b)) {
    try {
      y = as_unicode_arg(b);
    } catch (PyException& e) {
      Value exc = e.exc;
      if ((op == kEq || op == kNe) && exception_matches(exc, Value(&UnicodeDecodeErrorType))) {
        unicode_warning(op == kEq);
        return from_bool(op == kNe);
      }
      throw;
    }
  } else {
    return NotImplemented();
  }
  std::u32string_view x = a.as<Unicode>()->view(), yv = y->view();
  int c = x.compare(yv);
  return from_bool(cmp_small(c < 0 ? -1 : c > 0, 0, op));
}

Value unicode_add(Value a, Value b) {
  auto text = [](Value v) { return is_unicode(v) || is_str(v) || is_buffer_object(v); };
  if (!(is_unicode(a) || is_str(a)) || !text(b)) {
    if (is_unicode(a)) raise_type_error("coercing to Unicode: need string or buffer, %s found", type_name(b));
    return NotImplemented();
  }
  Unicode* x = as_unicode_arg(a);
  Unicode* y = as_unicode_arg(b);
  if (y->len == 0 && x->type == &UnicodeType) return Value(x);
  if (x->len == 0 && y->type == &UnicodeType) return Value(y);
  Unicode* r = unicode_alloc(x->len + y->len);
  std::memcpy(r->data, x->data, x->len * sizeof(char32_t));
  std::memcpy(r->data + x->len, y->data, y->len * sizeof(char32_t));
  return Value(r);
}

Value unicode_repeat(Unicode* s, int64_t n) {
  if (n <= 0 || s->len == 0) return Value(unicode_alloc(0));
  if (n == 1 && s->type == &UnicodeType) return Value(s);
  // 2.7 (UCS4) also refuses a length whose (len + 1) * 4 bytes overflow.
  if (s->len > INT64_MAX / n || s->len * n >= (int64_t{1} << 62) - 1) raise_overflow("repeated string is too long");
  strargs::check_repeat_size(s->len, n, sizeof(char32_t));
  Unicode* r = unicode_alloc(s->len * n);
  for (int64_t i = 0; i < n; ++i) std::memcpy(r->data + i * s->len, s->data, s->len * sizeof(char32_t));
  return Value(r);
}

Value unicode_mul(Value a, Value b) {
  Value s = is_unicode(a) ? a : b, n = is_unicode(a) ? b : a;
  if (!is_unicode(s)) return NotImplemented();
  bool big;
  n = strargs::index_int(n, &big);
  if (n.is_null()) return NotImplemented();
  if (big) raise_overflow("cannot fit 'long' into an index-sized integer");
  return unicode_repeat(s.as<Unicode>(), int_value(n));
}

Value unicode_mod_slot(Value a, Value b) {
  if (!is_unicode(a)) return NotImplemented();
  return unicode_mod(a, b);
}

int unicode_contains(Value self, Value item) {
  Unicode* x = as_unicode_arg(item);
  return self.as<Unicode>()->view().find(x->view()) != std::u32string_view::npos;
}

Value unicode_getitem(Value self, Value key) {
  Unicode* s = self.as<Unicode>();
  if (is_int(key)) {
    int64_t i = int_value(key);
    if (i < 0) i += s->len;
    if (i < 0 || i >= s->len) raise_index_error("string index out of range");
    return Value(unicode_new(std::u32string_view(s->data + i, 1)));
  }
  if (is_slice(key)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key.as<Slice>(), s->len, &start, &stop, &step);
    if (step == 1) {
      if (n == s->len && s->type == &UnicodeType) return self;
      return Value(unicode_new(std::u32string_view(s->data + start, n)));
    }
    Unicode* r = unicode_alloc(n);
    for (int64_t k = 0; k < n; ++k) r->data[k] = s->data[start + k * step];
    return Value(r);
  }
  bool big;
  Value idx = strargs::index_int(key, &big);
  if (!idx.is_null()) {
    if (big) raise_index_error("cannot fit 'long' into an index-sized integer");
    return unicode_getitem(self, idx);
  }
  raise_type_error("string indices must be integers, not %s", type_name(key));
}

const char* text_arg(Value v, const char* fname, const char* what) {
  if (is_str(v)) return v.as<Str>()->data;
  if (is_unicode(v)) return unicode_to_str(v.as<Unicode>())->data;
  raise_type_error("%s() argument %s must be string, not %s", fname, what, type_name(v));
}

Value unicode_tp_new(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  Value string, encoding, errors;
  size_t nkw = kw ? kw->len : 0;
  if (nargs + nkw > 3) raise_type_error("unicode() takes at most 3 arguments (%zu given)", nargs + nkw);
  Value slots[3];
  for (size_t i = 0; i < nargs; ++i) slots[i] = args[i];
  static const char* const kNames[] = {"string", "encoding", "errors"};
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view n = kw->items[i].as<Str>()->view();
    int k = 0;
    while (k < 3 && n != kNames[k]) ++k;
    if (k == 3) raise_type_error("'%s' is an invalid keyword argument for this function", kw->items[i].as<Str>()->data);
    if (!slots[k].is_null())
      raise_type_error("Argument given by name ('%s') and position (%d)", kNames[k], k + 1);
    slots[k] = args[nargs + i];
  }
  Unicode* r;
  if (slots[0].is_null()) {
    r = unicode_alloc(0);
  } else if (slots[1].is_null() && slots[2].is_null()) {
    r = to_unicode(slots[0]);
  } else {
    const char* enc = slots[1].is_null() ? nullptr : text_arg(slots[1], "unicode", "2");
    const char* err = slots[2].is_null() ? nullptr : text_arg(slots[2], "unicode", "3");
    if (is_unicode(slots[0])) raise_type_error("decoding Unicode is not supported");
    if (!is_str(slots[0]))
      raise_type_error("coercing to Unicode: need string or buffer, %s found", type_name(slots[0]));
    Value d = str_decode_bytes(slots[0].as<Str>()->view(), slots[0], enc, err);
    if (!is_unicode(d))
      raise_type_error("decoder did not return an unicode object (type=%s)", type_name(d));
    r = d.as<Unicode>();
  }
  Type* t = callee.as<Type>();
  if (t == &UnicodeType) return Value(r);
  Unicode* sub = static_cast<Unicode*>(gc_alloc(offsetof(Unicode, data) + (r->len + 1) * sizeof(char32_t)));
  std::memcpy(sub->data, r->data, (r->len + 1) * sizeof(char32_t));
  sub->type = t;
  sub->len = r->len;
  sub->hash = -1;
  sub->dict = nullptr;
  return Value(sub);
}

// iter(u): one code point at a time, without the IndexError probe of the
// generic sequence iterator.
struct UnicodeIter : Object {
  Unicode* seq;  // null once exhausted
  int64_t index;
};
}  // namespace

Type UnicodeIterType;  // enumerate.cc knows its next() to be atomic

namespace {

Value unicode_iter(Value self) {
  UnicodeIter* it = new_object<UnicodeIter>(&UnicodeIterType);
  it->seq = self.as<Unicode>();
  it->index = 0;
  return Value(it);
}
Value unicodeiter_self(Value v) { return v; }
// Shared between threads, each call claims its index (objects/iter.h).
[[gnu::noinline]] Value unicodeiter_next_shared(UnicodeIter* it) {
  Unicode* u = __atomic_load_n(&it->seq, __ATOMIC_ACQUIRE);
  int64_t i;
  if (!u) return Value();
  if (iter_claim_index(&it->index, u->len, &i)) return Value(unicode_new(std::u32string_view(u->data + i, 1)));
  __atomic_store_n(&it->seq, nullptr, __ATOMIC_RELEASE);
  return Value();
}
Value unicodeiter_next(Value v) {
  UnicodeIter* it = v.as<UnicodeIter>();
  if (nogil_threads()) return unicodeiter_next_shared(it);
  if (!it->seq) return Value();
  if (it->index < it->seq->len) return Value(unicode_new(std::u32string_view(it->seq->data + it->index++, 1)));
  it->seq = nullptr;
  return Value();
}
Value unicodeiter_next_method(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_no_kwargs("next", kw);
  check_nargs("next", nargs, 0, 0);
  Value r = unicodeiter_next(self);
  if (r.is_null()) raise_stop_iteration();
  return r;
}

Value basestring_tp_new(Value, const Value*, size_t, Tuple*) {
  raise_type_error("The basestring type cannot be instantiated");
}

}  // namespace

void register_unicode_methods(Type* t);  // unicode_methods.cc

namespace {

void register_unicode() {
  BaseStringType.name = "basestring";
  BaseStringType.base = &ObjectType;  // set before str/unicode compute their MRO
  BaseStringType.flags = kTypeBaseOk;
  BaseStringType.tp_new = basestring_tp_new;
  type_ready(&BaseStringType);

  UnicodeType.name = "unicode";
  UnicodeType.base = &BaseStringType;
  UnicodeType.flags = kTypeUnicodeSubclass | kTypeBaseOk;
  UnicodeType.instance_size = sizeof(Unicode);
  UnicodeType.dict_offset = offsetof(Unicode, dict);
  UnicodeType.repr = unicode_repr;
  UnicodeType.str = unicode_str;
  UnicodeType.hash = unicode_hash_slot;
  UnicodeType.len = unicode_len;
  UnicodeType.richcompare = unicode_richcompare;
  UnicodeType.nb[kNbAdd] = unicode_add;
  UnicodeType.nb[kNbMul] = unicode_mul;
  UnicodeType.nb[kNbMod] = unicode_mod_slot;
  UnicodeType.contains = unicode_contains;
  UnicodeType.nonzero = unicode_nonzero;
  UnicodeType.getitem = unicode_getitem;
  UnicodeType.tp_new = unicode_tp_new;
  UnicodeType.iter = unicode_iter;
  register_unicode_methods(&UnicodeType);
  // As str: sequence-protocol iteration and truth, sq_concat (no __radd__).
  type_hide_wrappers(&UnicodeType, {"__iter__", "__nonzero__", "__radd__"});

  UnicodeIterType.name = "iterator";
  UnicodeIterType.iter = unicodeiter_self;
  UnicodeIterType.iternext = unicodeiter_next;
  type_ready(&UnicodeIterType, {{"next", unicodeiter_next_method}});

  UnicodeEncodeErrorType.str = encode_error_str;
  UnicodeDecodeErrorType.str = decode_error_str;
}
TypeRegistrar reg(register_unicode);

}  // namespace

// unichr(i): one code point; ValueError outside range(0x110000). The
// argument is a C int ("i" format): __int__ is honoured, floats refused.
Value builtin_unichr(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("unichr", kw);
  if (nargs != 1) raise_type_error("unichr() takes exactly 1 argument (%zu given)", nargs);
  int64_t c = as_c_long(args[0]);
  if (c > INT32_MAX) raise_overflow("signed integer is greater than maximum");
  if (c < INT32_MIN) raise_overflow("signed integer is less than minimum");
  if (c < 0 || c > 0x10ffff) raise_value_error("unichr() arg not in range(0x110000) (wide Python build)");
  char32_t ch = static_cast<char32_t>(c);
  return Value(unicode_new(std::u32string_view(&ch, 1)));
}

}  // namespace pytrans::rt

namespace pytrans::rt {

// int(u'...') / float(u'...'): 2.7's PyUnicode_EncodeDecimal. Unicode spaces
// become ' ', decimal digits of any script become ASCII digits, other code
// points below 256 pass through, anything else is a UnicodeEncodeError of the
// 'decimal' codec.
Str* unicode_encode_decimal(Unicode* u) {
  Str* s = str_alloc(u->len);
  for (int64_t i = 0; i < u->len; ++i) {
    char32_t c = u->data[i];
    int d;
    if (internal::uni_isspace(c)) {
      s->data[i] = ' ';
    } else if ((d = internal::uni_decimal(c)) >= 0) {
      s->data[i] = static_cast<char>('0' + d);
    } else if (c > 0 && c < 256) {
      s->data[i] = static_cast<char>(c);
    } else {
      internal::CodecError e;
      e.encoding = "decimal";
      e.start = i;
      e.end = i + 1;
      e.reason = "invalid decimal Unicode string";
      raise_codec_error(e, true, Value(u), "strict");
    }
  }
  return s;
}

// ord(c) for a one-character str or unicode.
Value builtin_ord(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("ord", kw);
  check_nargs("ord", nargs, 1, 1);
  Value c = args[0];
  int64_t n;
  if (is_str(c)) n = c.as<Str>()->len;
  else if (is_unicode(c)) n = c.as<Unicode>()->len;
  else if (is_bytearray(c)) n = c.as<ByteArray>()->len;
  else raise_type_error("ord() expected string of length 1, but %s found", type_name(c));
  if (n != 1)
    raise_type_error("ord() expected a character, but string of length %lld found", static_cast<long long>(n));
  if (is_str(c)) return small_int(static_cast<unsigned char>(c.as<Str>()->data[0]));
  if (is_bytearray(c)) return small_int(static_cast<unsigned char>(c.as<ByteArray>()->data[0]));
  return small_int(c.as<Unicode>()->data[0]);
}

}  // namespace pytrans::rt
