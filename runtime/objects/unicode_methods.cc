// SPDX-License-Identifier: Apache-2.0
// unicode methods, with 2.7's semantics and error texts. The algorithms are
// str_algo.h's, instantiated for char32_t with the 2.7 character database
// (unicode_db.h). str arguments are decoded with ascii first, as in 2.7.
#include <algorithm>
#include <cstring>
#include <string>

#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/str_algo.h"
#include "objects/str_common.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode.h"
#include "objects/unicode_db.h"

namespace pytrans::rt {

// str_format.cc: string.Formatter's helpers, for str and unicode.
Value str_formatter_parser(Value self, const Value* args, size_t nargs, Tuple* kw);
Value str_formatter_field_name_split(Value self, const Value* args, size_t nargs, Tuple* kw);

Value str_format_dunder(Value self, const Value* args, size_t nargs, Tuple* kw);  // str_format.cc

namespace {

struct UniTraits {
  static constexpr bool kUnicode = true;
  static bool space(char32_t c) { return internal::uni_isspace(c); }
  static bool linebreak(char32_t c) { return internal::uni_islinebreak(c); }
  static bool islower(char32_t c) { return internal::uni_islower(c); }
  static bool isupper(char32_t c) { return internal::uni_isupper(c); }
  static bool istitle(char32_t c) { return internal::uni_istitle(c); }
  static char32_t tolower(char32_t c) { return internal::uni_tolower(c); }
  static char32_t toupper(char32_t c) { return internal::uni_toupper(c); }
  static char32_t totitle(char32_t c) { return internal::uni_totitle(c); }
  static char32_t capitalize_first(char32_t c) { return internal::uni_toupper(c); }
};

using U32 = std::u32string_view;

U32 uv(Value v) { return v.as<Unicode>()->view(); }
Value new_uni(U32 s) { return Value(unicode_new(s)); }
Value same_or_new(Value self, U32 r) {
  if (self.obj()->type == &UnicodeType && r.size() == static_cast<size_t>(self.as<Unicode>()->len)) return self;
  return new_uni(r);
}
Value same_or_changed(Value self, U32 r) {
  if (self.obj()->type == &UnicodeType && r == self.as<Unicode>()->view()) return self;
  return new_uni(r);
}
U32 arg(Value v) { return as_unicode_arg(v)->view(); }

List* pieces_list(const strings::Pieces<char32_t>& p) {
  List* l = list_new(p.size());
  for (size_t i = 0; i < p.size(); ++i) l->items[i] = new_uni(p[i]);
  return l;
}

char32_t fill_arg(const Value* args, size_t nargs, size_t i) {
  if (nargs <= i) return U' ';
  Value f = args[i];
  if (!is_str(f) && !is_unicode(f)) raise_type_error("The fill character cannot be converted to Unicode");
  U32 s = arg(f);
  if (s.size() != 1) raise_type_error("The fill character must be exactly one character long");
  return s[0];
}

const char* text_arg(Value v, const char* fname, int n) {
  if (is_str(v)) return v.as<Str>()->data;
  if (is_unicode(v)) return unicode_to_str(v.as<Unicode>())->data;
  raise_type_error("%s() argument %d must be string, not %s", fname, n, type_name(v));
}

void codec_args(const char* name, const Value* args, size_t nargs, Tuple* kw, const char** enc, const char** err) {
  size_t nkw = kw ? kw->len : 0;
  if (nargs + nkw > 2) raise_type_error("%s() takes at most 2 arguments (%zu given)", name, nargs + nkw);
  Value slots[2];
  for (size_t i = 0; i < nargs; ++i) slots[i] = args[i];
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view n = kw->items[i].as<Str>()->view();
    int k = n == "encoding" ? 0 : n == "errors" ? 1 : -1;
    if (k < 0) raise_type_error("'%s' is an invalid keyword argument for this function", kw->items[i].as<Str>()->data);
    slots[k] = args[nargs + i];
  }
  *enc = slots[0].is_null() ? nullptr : text_arg(slots[0], name, 1);
  *err = slots[1].is_null() ? nullptr : text_arg(slots[1], name, 2);
}

#define NOARGS(name)              \
  strargs::no_kw(name, kw);       \
  strargs::nargs(name, nargs, 0, 0)

// ---- methods (alphabetical) ----

Value m_capitalize(Value self, const Value*, size_t nargs, Tuple* kw) {
  NOARGS("capitalize");
  return new_uni(strings::capitalize<UniTraits>(uv(self)));
}

Value m_center(Value self, const Value* args, size_t nargs, Tuple* kw) {
  strargs::no_kw("center", kw);
  strargs::nargs("center", nargs, 1, 2);
  int64_t width = strargs::ssize_arg(args[0]);
  char32_t fill = fill_arg(args, nargs, 1);
  if (width <= self.as<Unicode>()->len) return same_or_new(self, uv(self));
  return new_uni(strings::center(uv(self), width, fill));
}

Value m_count(Value self, const Value* args, size_t nargs, Tuple* kw) {
  strargs::no_kw("count", kw);
  strargs::nargs("count", nargs, 1, 3);
  int64_t start = 0, end = INT64_MAX;
  strargs::bound(args, nargs, 1, start);
  strargs::bound(args, nargs, 2, end);
  return make_int(strings::count(uv(self), arg(args[0]), start, end));
}

Value m_decode(Value self, const Value* args, size_t nargs, Tuple* kw) {
  const char *enc, *err;
  codec_args("decode", args, nargs, kw, &enc, &err);
  Str* bytes = unicode_to_str(self.as<Unicode>());
  return str_decode_bytes(bytes->view(), Value(bytes), enc, err);
}

Value m_encode(Value self, const Value* args, size_t nargs, Tuple* kw) {
  const char *enc, *err;
  codec_args("encode", args, nargs, kw, &enc, &err);
  return unicode_encode(uv(self), self, enc, err);
}

Value tail_test(Value self, const Value* args, size_t nargs, Tuple* kw, const char* name, bool at_end) {
  strargs::no_kw(name, kw);
  strargs::nargs(name, nargs, 1, 3);
  int64_t start = 0, end = INT64_MAX;
  strargs::bound(args, nargs, 1, start);
  strargs::bound(args, nargs, 2, end);
  auto one = [&](Value x) -> bool {
    if (!is_str(x) && !is_unicode(x))
      raise_type_error("%s first arg must be str, unicode, or tuple, not %s", name, type_name(x));
    return strings::tailmatch_unicode(uv(self), arg(x), start, end, at_end);
  };
  if (is_tuple(args[0])) {
    Tuple* t = args[0].as<Tuple>();
    for (int64_t i = 0; i < t->len; ++i)
      if (one(t->items[i])) return True();
    return False();
  }
  return from_bool(one(args[0]));
}
Value m_endswith(Value self, const Value* args, size_t nargs, Tuple* kw) { return tail_test(self, args, nargs, kw, "endswith", true); }

Value m_expandtabs(Value self, const Value* args, size_t nargs, Tuple* kw) {
  strargs::no_kw("expandtabs", kw);
  strargs::nargs("expandtabs", nargs, 0, 1);
  int64_t tabsize = nargs ? strargs::ssize_arg(args[0]) : 8;
  return new_uni(strings::expandtabs(uv(self), tabsize));
}

int64_t find_impl(Value self, const Value* args, size_t nargs, Tuple* kw, const char* name, bool reverse) {
  strargs::no_kw(name, kw);
  strargs::nargs(name, nargs, 1, 3);
  U32 sub = arg(args[0]);
  int64_t start = 0, end = INT64_MAX;
  strargs::bound(args, nargs, 1, start);
  strargs::bound(args, nargs, 2, end);
  return strings::find(uv(self), sub, start, end, reverse);
}
Value m_find(Value self, const Value* args, size_t nargs, Tuple* kw) { return make_int(find_impl(self, args, nargs, kw, "find", false)); }
Value m_rfind(Value self, const Value* args, size_t nargs, Tuple* kw) { return make_int(find_impl(self, args, nargs, kw, "rfind", true)); }
Value m_index(Value self, const Value* args, size_t nargs, Tuple* kw) {
  int64_t r = find_impl(self, args, nargs, kw, "index", false);
  if (r < 0) raise_value_error("substring not found");
  return make_int(r);
}
Value m_rindex(Value self, const Value* args, size_t nargs, Tuple* kw) {
  int64_t r = find_impl(self, args, nargs, kw, "rindex", true);
  if (r < 0) raise_value_error("substring not found");
  return make_int(r);
}

Value m_format(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return unicode_format_method(self, args, nargs, kw);
}

Value m_getslice(Value self, const Value* args, size_t nargs, Tuple* kw) {
  strargs::no_kw("__getslice__", kw);
  strargs::nargs("__getslice__", nargs, 2, 2);
  // 2.7's sq_slice: both bounds clamp into [0, len], nothing wraps.
  int64_t n = self.as<Unicode>()->len;
  int64_t i = std::clamp<int64_t>(strargs::ssize_arg(args[0]), 0, n);
  int64_t j = std::clamp<int64_t>(strargs::ssize_arg(args[1]), 0, n);
  if (j < i) j = i;
  return new_uni(uv(self).substr(i, j - i));
}

Value m_getnewargs(Value self, const Value*, size_t nargs, Tuple* kw) {
  NOARGS("__getnewargs__");
  return Value(tuple_of({new_uni(uv(self))}));
}

template <bool (*Pred)(char32_t)>
Value is_all(Value self, size_t nargs, Tuple* kw, const char* name) {
  strargs::no_kw(name, kw);
  strargs::nargs(name, nargs, 0, 0);
  return from_bool(strings::all_of(uv(self), Pred));
}
Value m_isalnum(Value self, const Value*, size_t nargs, Tuple* kw) { return is_all<internal::uni_isalnum>(self, nargs, kw, "isalnum"); }
Value m_isalpha(Value self, const Value*, size_t nargs, Tuple* kw) { return is_all<internal::uni_isalpha>(self, nargs, kw, "isalpha"); }
Value m_isdecimal(Value self, const Value*, size_t nargs, Tuple* kw) { return is_all<internal::uni_isdecimal>(self, nargs, kw, "isdecimal"); }
Value m_isdigit(Value self, const Value*, size_t nargs, Tuple* kw) { return is_all<internal::uni_isdigit>(self, nargs, kw, "isdigit"); }
Value m_isnumeric(Value self, const Value*, size_t nargs, Tuple* kw) { return is_all<internal::uni_isnumeric>(self, nargs, kw, "isnumeric"); }
Value m_isspace(Value self, const Value*, size_t nargs, Tuple* kw) { return is_all<internal::uni_isspace>(self, nargs, kw, "isspace"); }

Value m_islower(Value self, const Value*, size_t nargs, Tuple* kw) {
  NOARGS("islower");
  return from_bool(strings::islower<UniTraits>(uv(self)));
}
Value m_istitle(Value self, const Value*, size_t nargs, Tuple* kw) {
  NOARGS("istitle");
  return from_bool(strings::istitle<UniTraits>(uv(self)));
}
Value m_isupper(Value self, const Value*, size_t nargs, Tuple* kw) {
  NOARGS("isupper");
  return from_bool(strings::isupper<UniTraits>(uv(self)));
}

Value m_join(Value self, const Value* args, size_t nargs, Tuple* kw) {
  strargs::no_kw("join", kw);
  strargs::nargs("join", nargs, 1, 1);
  U32 sep = uv(self);
  List* items = is_list(args[0]) ? args[0].as<List>() : list_from_iterable(args[0]);
  std::u32string out;
  for (int64_t i = 0; i < items->len; ++i) {
    Value x = items->items[i];
    if (!is_str(x) && !is_unicode(x))
      raise_type_error("sequence item %lld: expected string or Unicode, %s found", static_cast<long long>(i),
                       type_name(x));
    if (i) out += sep;
    out += arg(x);
  }
  return new_uni(out);
}

Value justify(Value self, const Value* args, size_t nargs, Tuple* kw, const char* name, bool left) {
  strargs::no_kw(name, kw);
  strargs::nargs(name, nargs, 1, 2);
  int64_t width = strargs::ssize_arg(args[0]);
  char32_t fill = fill_arg(args, nargs, 1);
  int64_t n = self.as<Unicode>()->len;
  if (width <= n) return same_or_new(self, uv(self));
  return new_uni(left ? strings::pad(uv(self), 0, width - n, fill) : strings::pad(uv(self), width - n, 0, fill));
}
Value m_ljust(Value self, const Value* args, size_t nargs, Tuple* kw) { return justify(self, args, nargs, kw, "ljust", true); }
Value m_rjust(Value self, const Value* args, size_t nargs, Tuple* kw) { return justify(self, args, nargs, kw, "rjust", false); }

Value m_lower(Value self, const Value*, size_t nargs, Tuple* kw) {
  NOARGS("lower");
  return new_uni(strings::map_chars<UniTraits>(uv(self), internal::uni_tolower));
}

Value strip_impl(Value self, const Value* args, size_t nargs, Tuple* kw, const char* name, int which) {
  strargs::no_kw(name, kw);
  strargs::nargs(name, nargs, 0, 1);
  bool ws = nargs == 0 || is_none(args[0]);
  U32 chars;
  if (!ws) {
    if (!is_str(args[0]) && !is_unicode(args[0])) raise_type_error("%s arg must be None, unicode or str", name);
    chars = arg(args[0]);
  }
  return same_or_new(self, strings::strip<UniTraits>(uv(self), ws ? nullptr : &chars, which));
}
Value m_lstrip(Value self, const Value* args, size_t nargs, Tuple* kw) { return strip_impl(self, args, nargs, kw, "lstrip", 1); }
Value m_rstrip(Value self, const Value* args, size_t nargs, Tuple* kw) { return strip_impl(self, args, nargs, kw, "rstrip", 2); }
Value m_strip(Value self, const Value* args, size_t nargs, Tuple* kw) { return strip_impl(self, args, nargs, kw, "strip", 3); }

Value partition_impl(Value self, const Value* args, size_t nargs, Tuple* kw, const char* name, bool reverse) {
  strargs::no_kw(name, kw);
  strargs::nargs(name, nargs, 1, 1);
  U32 s = uv(self);
  Unicode* sepu = as_unicode_arg(args[0]);
  U32 sep = sepu->view();
  if (sep.empty()) raise_value_error("empty separator");
  size_t pos = reverse ? s.rfind(sep) : s.find(sep);
  Value empty = new_uni(U32());
  if (pos == U32::npos) {
    if (reverse) return Value(tuple_of({empty, empty, same_or_new(self, s)}));
    return Value(tuple_of({same_or_new(self, s), empty, empty}));
  }
  return Value(tuple_of({new_uni(s.substr(0, pos)), Value(sepu), new_uni(s.substr(pos + sep.size()))}));
}
Value m_partition(Value self, const Value* args, size_t nargs, Tuple* kw) { return partition_impl(self, args, nargs, kw, "partition", false); }
Value m_rpartition(Value self, const Value* args, size_t nargs, Tuple* kw) { return partition_impl(self, args, nargs, kw, "rpartition", true); }

Value m_replace(Value self, const Value* args, size_t nargs, Tuple* kw) {
  strargs::no_kw("replace", kw);
  strargs::nargs("replace", nargs, 2, 3);
  U32 from = arg(args[0]), to = arg(args[1]);
  int64_t count = nargs == 3 ? strargs::ssize_arg(args[2]) : -1;
  return same_or_changed(self, strings::replace(uv(self), from, to, count));
}

Value split_impl(Value self, const Value* args, size_t nargs, Tuple* kw, const char* name, bool reverse) {
  strargs::no_kw(name, kw);
  strargs::nargs(name, nargs, 0, 2);
  int64_t maxsplit = nargs == 2 ? strargs::ssize_arg(args[1]) : -1;
  if (nargs == 0 || is_none(args[0]))
    return Value(pieces_list(reverse ? strings::rsplit_whitespace<UniTraits>(uv(self), maxsplit)
                                     : strings::split_whitespace<UniTraits>(uv(self), maxsplit)));
  U32 sep = arg(args[0]);
  if (sep.empty()) raise_value_error("empty separator");
  return Value(pieces_list(reverse ? strings::rsplit_sep(uv(self), sep, maxsplit)
                                   : strings::split_sep(uv(self), sep, maxsplit)));
}
Value m_rsplit(Value self, const Value* args, size_t nargs, Tuple* kw) { return split_impl(self, args, nargs, kw, "rsplit", true); }
Value m_split(Value self, const Value* args, size_t nargs, Tuple* kw) { return split_impl(self, args, nargs, kw, "split", false); }

Value m_splitlines(Value self, const Value* args, size_t nargs, Tuple* kw) {
  strargs::no_kw("splitlines", kw);
  strargs::nargs("splitlines", nargs, 0, 1);
  bool keep = nargs && strargs::ssize_arg(args[0]) != 0;
  return Value(pieces_list(strings::splitlines<UniTraits>(uv(self), keep)));
}

Value m_startswith(Value self, const Value* args, size_t nargs, Tuple* kw) { return tail_test(self, args, nargs, kw, "startswith", false); }

Value m_swapcase(Value self, const Value*, size_t nargs, Tuple* kw) {
  NOARGS("swapcase");
  return new_uni(strings::swapcase<UniTraits>(uv(self)));
}

Value m_title(Value self, const Value*, size_t nargs, Tuple* kw) {
  NOARGS("title");
  return new_uni(strings::title<UniTraits>(uv(self)));
}

Value m_translate(Value self, const Value* args, size_t nargs, Tuple* kw) {
  strargs::no_kw("translate", kw);
  strargs::nargs("translate", nargs, 1, 1);
  Value table = args[0];
  std::u32string out;
  for (char32_t c : uv(self)) {
    Value v;
    try {
      v = getitem(table, make_int(c));
    } catch (PyException& e) {
      Value exc = e.exc;
      if (!exception_matches(exc, Value(&LookupErrorType))) throw;
      out += c;
      continue;
    }
    if (is_none(v)) continue;
    if (is_int(v)) {
      int64_t x = int_value(v);
      if (x < 0 || x >= 0x110000) raise_type_error("character mapping must be in range(0x%%lx)");
      out += static_cast<char32_t>(x);
    } else if (is_unicode(v)) {
      out += uv(v);
    } else {
      raise_type_error("character mapping must return integer, None or unicode");
    }
  }
  return new_uni(out);
}

Value m_upper(Value self, const Value*, size_t nargs, Tuple* kw) {
  NOARGS("upper");
  return new_uni(strings::map_chars<UniTraits>(uv(self), internal::uni_toupper));
}

Value m_zfill(Value self, const Value* args, size_t nargs, Tuple* kw) {
  strargs::no_kw("zfill", kw);
  strargs::nargs("zfill", nargs, 1, 1);
  int64_t width = strargs::ssize_arg(args[0]);
  if (width <= self.as<Unicode>()->len) return same_or_new(self, uv(self));
  return new_uni(strings::zfill(uv(self), width));
}

#undef NOARGS

}  // namespace

void register_unicode_methods(Type* t) {
  type_ready(t, {
      {"__format__", str_format_dunder},
      {"__getnewargs__", m_getnewargs},
      {"__getslice__", m_getslice},
      {"capitalize", m_capitalize},
      {"center", m_center},
      {"count", m_count},
      {"decode", m_decode},
      {"encode", m_encode},
      {"endswith", m_endswith},
      {"expandtabs", m_expandtabs},
      {"find", m_find},
      {"_formatter_field_name_split", str_formatter_field_name_split},
      {"_formatter_parser", str_formatter_parser},
      {"format", m_format},
      {"index", m_index},
      {"isalnum", m_isalnum},
      {"isalpha", m_isalpha},
      {"isdecimal", m_isdecimal},
      {"isdigit", m_isdigit},
      {"islower", m_islower},
      {"isnumeric", m_isnumeric},
      {"isspace", m_isspace},
      {"istitle", m_istitle},
      {"isupper", m_isupper},
      {"join", m_join},
      {"ljust", m_ljust},
      {"lower", m_lower},
      {"lstrip", m_lstrip},
      {"partition", m_partition},
      {"replace", m_replace},
      {"rfind", m_rfind},
      {"rindex", m_rindex},
      {"rjust", m_rjust},
      {"rpartition", m_rpartition},
      {"rsplit", m_rsplit},
      {"rstrip", m_rstrip},
      {"split", m_split},
      {"splitlines", m_splitlines},
      {"startswith", m_startswith},
      {"strip", m_strip},
      {"swapcase", m_swapcase},
      {"title", m_title},
      {"translate", m_translate},
      {"upper", m_upper},
      {"zfill", m_zfill},
  });
}

}  // namespace pytrans::rt
