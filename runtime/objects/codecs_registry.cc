// SPDX-License-Identifier: Apache-2.0
// See codecs_registry.h. The registries are a dict and a list held by
// globals (static data is a GC root; thread-locals would not be).
#include "objects/codecs_registry.h"

#include <string>

#include "core/ops.h"
#include "core/raise.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/long.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode.h"

namespace pytrans::rt {

namespace {

Dict* g_error_handlers;
List* g_search_functions;
Dict* g_search_cache;  // lookup name -> answer, as 2.7 caches codecs.lookup

// The (replacement, newpos) answer of a handler, newpos made absolute.
std::pair<Unicode*, int64_t> handler_result(Value r, bool encode, int64_t len) {
  if (!is_tuple(r) || r.as<Tuple>()->len != 2 || !is_unicode(r.as<Tuple>()->items[0]) ||
      !(is_int(r.as<Tuple>()->items[1]) || is_long(r.as<Tuple>()->items[1])))
    raise_type_error("%s error handler must return (unicode, int) tuple", encode ? "encoding" : "decoding");
  Value p = r.as<Tuple>()->items[1];
  int64_t pos = is_int(p) ? int_value(p) : len + 1;
  if (pos < 0) pos += len;
  if (pos < 0 || pos > len) raise_fmt(&IndexErrorType, "position %lld from error handler out of bounds", (long long)(is_int(p) ? int_value(p) : pos));
  return {r.as<Tuple>()->items[0].as<Unicode>(), pos};
}

Value call_handler(const char* errors, Value exc) {
  Value h = codec_registered_error(errors);
  if (h.is_null()) raise_fmt(&LookupErrorType, "unknown error handler name '%s'", errors);
  return call(h, exc);
}

}  // namespace

Value codec_error_object(bool encode, const char* encoding, Value obj, int64_t start, int64_t end,
                         const char* reason) {
  Type* t = encode ? &UnicodeEncodeErrorType : &UnicodeDecodeErrorType;
  Value args[] = {Value(str_new(encoding)), obj, make_int(start), make_int(end), Value(str_new(reason))};
  Value exc = exc_new(t, args, 5);
  BaseException* be = exc.as<BaseException>();
  if (!be->dict) be->dict = dict_new();
  const char* names[] = {"encoding", "object", "start", "end", "reason"};
  for (int i = 0; i < 5; ++i) dict_set(be->dict, Value(str_intern(names[i])), args[i]);
  return exc;
}

Value codec_encode_object(const internal::CodecRef& c, std::u32string_view s, Value obj, const char* errors) {
  if (!errors) errors = "strict";
  if (c.kind == internal::CodecKind::kIdna && std::string_view(errors) != "strict")
    raise_fmt(&UnicodeErrorType, "unsupported error handling %s", errors);
  internal::ErrorMode mode = internal::error_mode(errors);
  std::string out;
  size_t pos = 0;
  for (;;) {
    internal::CodecError err;
    if (internal::codec_ref_encode(c, s.substr(pos), mode, out, err)) break;
    err.start += pos;
    err.end += pos;
    Value exc = codec_error_object(true, err.encoding, obj, err.start, err.end, err.reason);
    if (mode != internal::ErrorMode::kUnknown) raise(exc);
    auto [rep, newpos] = handler_result(call_handler(errors, exc), true, static_cast<int64_t>(s.size()));
    internal::CodecError err2;
    if (!internal::codec_ref_encode(c, rep->view(), internal::ErrorMode::kStrict, out, err2)) raise(exc);
    pos = static_cast<size_t>(newpos);
  }
  return Value(str_new(out));
}

Value codec_decode_object(const internal::CodecRef& c, std::string_view s, Value obj, const char* errors) {
  if (!errors) errors = "strict";
  std::string_view e = errors;
  if (c.kind == internal::CodecKind::kIdna && e != "strict")
    raise_fmt(&UnicodeErrorType, "Unsupported error handling %s", errors);
  if (c.kind == internal::CodecKind::kPunycode && e != "strict" && e != "replace" && e != "ignore")
    raise_fmt(&UnicodeErrorType, "Unsupported error handling %s", errors);
  internal::ErrorMode mode = internal::error_mode(errors);
  // After an error the decoder restarts mid-stream, where no BOM is looked
  // for: the byte order found at the start carries over.
  internal::CodecRef rest = c;
  if (c.kind == internal::CodecKind::kUtf8Sig) {
    // 2.7 decodes what follows the BOM as a new string: error positions and
    // the exception's object leave the BOM out.
    if (s.substr(0, 3) == "\xef\xbb\xbf") {
      s = s.substr(3);
      obj = Value(str_new(s));
    }
    rest.kind = internal::CodecKind::kBuiltin;
    rest.builtin = internal::Codec::kUtf8;
  } else if (c.kind == internal::CodecKind::kBuiltin && c.builtin == internal::Codec::kUtf16) {
    rest.builtin = s.substr(0, 2) == "\xfe\xff" ? internal::Codec::kUtf16Be : internal::Codec::kUtf16Le;
  } else if (c.kind == internal::CodecKind::kBuiltin && c.builtin == internal::Codec::kUtf32) {
    rest.builtin = s.substr(0, 4) == std::string_view("\0\0\xfe\xff", 4) ? internal::Codec::kUtf32Be
                                                                         : internal::Codec::kUtf32Le;
  }
  std::u32string out;
  size_t pos = 0;
  for (;;) {
    internal::CodecError err;
    if (internal::codec_ref_decode(pos || c.kind == internal::CodecKind::kUtf8Sig ? rest : c, s.substr(pos), mode, out, err))
      break;
    err.start += pos;
    err.end += pos;
    Value exc = codec_error_object(false, err.encoding, obj, err.start, err.end, err.reason);
    if (mode == internal::ErrorMode::kXmlCharRefReplace || mode == internal::ErrorMode::kBackslashReplace)
      raise_type_error("don't know how to handle UnicodeDecodeError in error callback");
    if (mode != internal::ErrorMode::kUnknown) raise(exc);
    auto [rep, newpos] = handler_result(call_handler(errors, exc), false, static_cast<int64_t>(s.size()));
    out += rep->view();
    pos = static_cast<size_t>(newpos);
  }
  return Value(unicode_new(out));
}

void codec_register_error(Value name, Value handler) {
  if (!g_error_handlers) g_error_handlers = dict_new();
  dict_set(g_error_handlers, name, handler);
}

Value codec_registered_error(std::string_view name) {
  if (!g_error_handlers) return Value();
  return dict_get(g_error_handlers, Value(str_new(name)));
}

void codec_register_search(Value fn) {
  if (!g_search_functions) g_search_functions = list_new(0);
  list_append(g_search_functions, fn);
}

Value codec_search_user(const char* encoding) {
  if (!g_search_functions) return Value();
  Value name(str_new(internal::codec_lookup_name(encoding)));
  if (!g_search_cache) g_search_cache = dict_new();
  Value cached = dict_get(g_search_cache, name);
  if (!cached.is_null()) return cached;
  for (int64_t i = 0; i < g_search_functions->len; ++i) {
    Value r = call(g_search_functions->items[i], name);
    if (is_none(r)) continue;
    if (!is_tuple(r) || r.as<Tuple>()->len != 4)
      raise_type_error("codec search functions must return 4-tuples");
    dict_set(g_search_cache, name, r);
    return r;
  }
  return Value();
}

namespace {

Value user_codec(Value obj, const char* encoding, const char* errors, int index) {
  Value info = codec_search_user(encoding);
  if (info.is_null()) return Value();
  Value r = call(info.as<Tuple>()->items[index], obj, Value(str_new(errors ? errors : "strict")));
  if (!is_tuple(r) || r.as<Tuple>()->len != 2)
    raise_type_error("%s must return a tuple (object,integer)", index == 0 ? "encoder" : "decoder");
  Value v = r.as<Tuple>()->items[0];
  if (!is_str(v) && !is_unicode(v))
    raise_type_error("%s did not return a string/unicode object (type=%s)", index == 0 ? "encoder" : "decoder",
                     type_name(v));
  return v;
}

}  // namespace

namespace {

Value module_call(const char* module, const char* fn, std::initializer_list<Value> args) {
  Value m = import_module(str_intern(module), nullptr, Value(&NoneObject), 0);
  Value f = getattr(m, str_intern(fn));
  return call_v(f, args.begin(), args.size());
}

// uu_codec's decoder: lines after 'begin' up to 'end\n', each through a2b_uu
// (cut to its length byte when a2b_uu refuses the line, as 2.7's codec does).
Value uu_decode(std::string_view s) {
  size_t pos = 0;
  auto readline = [&]() {
    size_t nl = s.find('\n', pos);
    size_t end = nl == std::string_view::npos ? s.size() : nl + 1;
    std::string_view line = s.substr(pos, end - pos);
    pos = end;
    return line;
  };
  for (;;) {
    std::string_view line = readline();
    if (line.empty()) raise_value_error("Missing \"begin\" line in input data");
    if (line.substr(0, 5) == "begin") break;
  }
  std::string out;
  std::string_view line;
  for (;;) {
    line = readline();
    if (line.empty() || line == "end\n") break;
    Value data;
    try {
      data = module_call("binascii", "a2b_uu", {Value(str_new(line))});
    } catch (PyException&) {  // binascii.Error: a line longer than its length byte says
      size_t nbytes = ((((static_cast<unsigned char>(line[0]) - 32) & 63) * 4) + 5) / 3;
      data = module_call("binascii", "a2b_uu", {Value(str_new(line.substr(0, nbytes)))});
    }
    out += data.as<Str>()->view();
  }
  if (line.empty()) raise_value_error("Truncated input data");
  return Value(str_new(out));
}

}  // namespace

Value codec_bytes_module(const internal::CodecRef& c, Str* data, bool encode) {
  std::string_view m = c.module;
  Value d(data);
  if (m == "zlib_codec") return module_call("zlib", encode ? "compress" : "decompress", {d});
  if (m == "quopri_codec")
    return encode ? module_call("binascii", "b2a_qp", {d, Value(&TrueObject)}) : module_call("binascii", "a2b_qp", {d});
  if (m != "uu_codec") return Value();
  if (!encode) return uu_decode(data->view());
  std::string out = "begin 666 <data>\n";
  std::string_view s = data->view();
  for (size_t i = 0; i < s.size(); i += 45)
    out += module_call("binascii", "b2a_uu", {Value(str_new(s.substr(i, 45)))}).as<Str>()->view();
  out += " \nend\n";
  return Value(str_new(out));
}

Value codec_user_encode(Value obj, const char* encoding, const char* errors) {
  return user_codec(obj, encoding, errors, 0);
}
Value codec_user_decode(Value obj, const char* encoding, const char* errors) {
  return user_codec(obj, encoding, errors, 1);
}

}  // namespace pytrans::rt
