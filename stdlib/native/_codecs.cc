// SPDX-License-Identifier: Apache-2.0
// _codecs: the native half of codecs.py. The codecs themselves live in
// runtime/objects (codecs*.cc), where str.encode and unicode.decode reach
// them; this module exposes the registries and the pieces codecs.py cannot
// write in Python:
//   register(search)            codecs.register
//   register_error(name, fn)    codecs.register_error
//   _registered_error(name)     the handler registered under name, or None
//   _resolve(name)              (CodecInfo name, kind, module) for names the encodings
//                               package knows, else None
//   _search(name)               the first search function's answer, or None
//   _aliases()                  encodings.aliases.aliases as a new dict
//   utf_8_decode(data, errors='strict', final=False)
//                               (unicode, bytes consumed), stopping before
//                               an incomplete sequence when not final
#include "objects/codecs_registry.h"
#include "objects/unicode.h"
#include "support.h"

namespace pytrans::rt {
namespace {

bool callable_value(Value v) { return type_of(v)->call != nullptr; }

const char* opt_str(const char* fname, const Value* args, size_t nargs, size_t i, const char* dflt) {
  if (i >= nargs || is_none(args[i])) return dflt;
  if (!is_str(args[i])) raise_type_error("%s() argument %zu must be string, not %s", fname, i + 1, type_name(args[i]));
  return args[i].as<Str>()->data;
}

Value c_register(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("register", nargs, 1, 1);
  if (!callable_value(args[0])) raise_type_error("argument must be callable");
  codec_register_search(args[0]);
  return Value(&NoneObject);
}

Value c_register_error(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("register_error", nargs, 2, 2);
  if (!is_str(args[0])) raise_type_error("register_error() argument 1 must be string, not %s", type_name(args[0]));
  if (!callable_value(args[1])) raise_type_error("handler must be callable");
  codec_register_error(args[0], args[1]);
  return Value(&NoneObject);
}

Value c_registered_error(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("_registered_error", nargs, 1, 1);
  Value h = codec_registered_error(opt_str("lookup_error", args, nargs, 0, ""));
  return h.is_null() ? Value(&NoneObject) : h;
}

const char* kind_name(internal::CodecKind k) {
  switch (k) {
    case internal::CodecKind::kBytes: return "bytes";
    case internal::CodecKind::kUndefined: return "undefined";
    default: return "text";
  }
}

Value c_resolve(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("_resolve", nargs, 1, 1);
  internal::CodecRef ref;
  if (!internal::codec_resolve(opt_str("lookup", args, nargs, 0, ""), &ref)) return Value(&NoneObject);
  return Value(tuple_of({stdlib::str_val(ref.name), stdlib::str_val(kind_name(ref.kind)), stdlib::str_val(ref.module)}));
}

Value c_search(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("_search", nargs, 1, 1);
  Value r = codec_search_user(opt_str("lookup", args, nargs, 0, ""));
  return r.is_null() ? Value(&NoneObject) : r;
}

Value c_aliases(Value, const Value*, size_t nargs, Tuple*) {
  check_nargs("_aliases", nargs, 0, 0);
  size_t n;
  const internal::CodecAlias* a = internal::codec_aliases(&n);
  Dict* d = dict_new();
  for (size_t i = 0; i < n; ++i) dict_set(d, stdlib::str_val(a[i].alias), stdlib::str_val(a[i].module));
  return Value(d);
}

Value c_utf_8_decode(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("utf_8_decode", nargs, 1, 3);
  Value data = args[0];
  if (is_unicode(data)) data = Value(unicode_to_str(data.as<Unicode>()));
  if (!is_str(data)) raise_type_error("utf_8_decode() argument 1 must be string or buffer, not %s", type_name(data));
  const char* errors = opt_str("utf_8_decode", args, nargs, 1, "strict");
  bool final = nargs > 2 && truth(args[2]);
  std::string_view s = data.as<Str>()->view();
  std::u32string out;
  internal::CodecError err;
  size_t used = 0;
  if (internal::codec_utf8_decode_partial(s, internal::error_mode(errors), final, out, err, &used))
    return Value(tuple_of({Value(unicode_new(out)), make_int(static_cast<int64_t>(used))}));
  // Errors (and custom handlers) take the general path on the whole prefix.
  internal::CodecRef ref;
  internal::codec_resolve("utf-8", &ref);
  Value u = codec_decode_object(ref, s.substr(0, used), data, errors);
  return Value(tuple_of({u, make_int(static_cast<int64_t>(used))}));
}

void init_codecs(Module* m) {
  stdlib::mod_fns(m, {{"register", c_register},
                      {"register_error", c_register_error},
                      {"_registered_error", c_registered_error},
                      {"_resolve", c_resolve},
                      {"_search", c_search},
                      {"_aliases", c_aliases},
                      {"utf_8_decode", c_utf_8_decode}});
}

NativeModule reg("_codecs", init_codecs);

}  // namespace
}  // namespace pytrans::rt
