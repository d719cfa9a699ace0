// SPDX-License-Identifier: Apache-2.0
// str methods and indexing, with 2.7's semantics and error texts. The
// algorithms live in str_algo.h (shared with unicode); this file converts
// arguments and results. Character classes are the "C" locale's: ASCII
// letters and digits only, whitespace " \t\n\v\f\r".
//
// A str method given a unicode argument answers as 2.7 does: it decodes
// self with ascii and calls the unicode method ('a,b'.split(u',') is
// [u'a', u'b']). Only encode, decode and format take keyword arguments.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/str_algo.h"
#include "objects/str_common.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode.h"

namespace pytrans::rt {

// str_format.cc: string.Formatter's helpers, for str and unicode.
Value str_formatter_parser(Value self, const Value* args, size_t nargs, Tuple* kw);
Value str_formatter_field_name_split(Value self, const Value* args, size_t nargs, Tuple* kw);

namespace {

using strings::ByteTraits;
using std::string_view;

string_view sv(Value v) { return v.as<Str>()->view(); }
Value new_str(string_view s) { return Value(str_new(s)); }

// A str argument where 2.7 says "expected a string or other character buffer object".
string_view buf_arg(Value v) {
  if (!is_str(v)) raise_type_error("expected a string or other character buffer object");
  return sv(v);
}

// self unchanged when it is an exact str, else a copy (2.7 returns self then).
Value same_or_new(Value self, string_view r) {
  if (self.obj()->type == &StrType && r.size() == static_cast<size_t>(self.as<Str>()->len)) return self;
  return new_str(r);
}

// For results that may differ at equal length (replace, translate).
Value same_or_changed(Value self, string_view r) {
  if (self.obj()->type == &StrType && r == self.as<Str>()->view()) return self;
  return new_str(r);
}

Value delegate(Value self, const char* name, const Value* args, size_t nargs, Tuple* kw) {
  return call_method_v(Value(unicode_from_str(self.as<Str>())), str_intern(name), args, nargs, kw);
}

bool any_unicode(const Value* args, size_t n) {
  for (size_t i = 0; i < n; ++i)
    if (is_unicode(args[i])) return true;
  return false;
}

List* pieces_list(const strings::Pieces<char>& p) {
  List* l = list_new(p.size());
  for (size_t i = 0; i < p.size(); ++i) l->items[i] = new_str(p[i]);
  return l;
}

char fill_arg(const char* name, const Value* args, size_t nargs, size_t i) {
  if (nargs <= i) return ' ';
  Value f = args[i];
  if (!is_str(f) || f.as<Str>()->len != 1)
    raise_type_error("%s() argument %zu must be char, not %s", name, i + 1, type_name(f));
  return f.as<Str>()->data[0];
}

const char* text_arg(Value v, const char* fname, int n) {
  if (is_str(v)) return v.as<Str>()->data;
  if (is_unicode(v)) return unicode_to_str(v.as<Unicode>())->data;
  raise_type_error("%s() argument %d must be string, not %s", fname, n, type_name(v));
}

// encode/decode(encoding=None, errors=None).
void codec_args(const char* name, const Value* args, size_t nargs, Tuple* kw, const char** enc, const char** err) {
  size_t nkw = kw ? kw->len : 0;
  if (nargs + nkw > 2) raise_type_error("%s() takes at most 2 arguments (%zu given)", name, nargs + nkw);
  Value slots[2];
  for (size_t i = 0; i < nargs; ++i) slots[i] = args[i];
  for (size_t i = 0; i < nkw; ++i) {
    string_view n = kw->items[i].as<Str>()->view();
    int k = n == "encoding" ? 0 : n == "errors" ? 1 : -1;
    if (k < 0) raise_type_error("'%s' is an invalid keyword argument for this function", kw->items[i].as<Str>()->data);
    if (!slots[k].is_null())
      raise_type_error("Argument given by name ('%s') and position (%d)", k ? "errors" : "encoding", k + 1);
    slots[k] = args[nargs + i];
  }
  *enc = slots[0].is_null() ? nullptr : text_arg(slots[0], name, 1);
  *err = slots[1].is_null() ? nullptr : text_arg(slots[1], name, 2);
}

}  // namespace

// ---- slots ----

Value str_getitem(Value self, Value key) {
  Str* s = self.as<Str>();
  if (is_int(key)) {
    int64_t i = int_value(key);
    if (i < 0) i += s->len;
    if (i < 0 || i >= s->len) raise_index_error("string index out of range");
    return Value(str_from_char(static_cast<unsigned char>(s->data[i])));
  }
  if (is_slice(key)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key.as<Slice>(), s->len, &start, &stop, &step);
    if (step == 1) {
      if (n == s->len && s->type == &StrType) return self;
      return Value(str_new(s->data + start, n));
    }
    Str* r = str_alloc(n);
    for (int64_t k = 0; k < n; ++k) r->data[k] = s->data[start + k * step];
    return Value(r);
  }
  bool big;
  Value idx = strargs::index_int(key, &big);
  if (!idx.is_null()) {
    if (big) raise_index_error("cannot fit 'long' into an index-sized integer");
    return str_getitem(self, idx);
  }
  raise_type_error("string indices must be integers, not %s", type_name(key));
}

Value str_new_fn(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  size_t nkw = kw ? kw->len : 0;
  if (nargs + nkw > 1) raise_type_error("str() takes at most 1 argument (%zu given)", nargs + nkw);
  Value obj = nargs ? args[0] : Value();
  if (nkw) {
    if (kw->items[0].as<Str>()->view() != "object")
      raise_type_error("'%s' is an invalid keyword argument for this function", kw->items[0].as<Str>()->data);
    obj = args[0];
  }
  Str* s = obj.is_null() ? str_intern("") : to_str(obj);
  Type* t = callee.as<Type>();
  if (t == &StrType) return Value(s);
  Str* r = static_cast<Str*>(gc_alloc(offsetof(Str, data) + s->len + 1));
  std::memcpy(r->data, s->data, s->len + 1);
  r->type = t;
  r->len = s->len;
  r->hash = -1;
  r->dict = nullptr;
  return Value(r);
}

Value str_format_method(Value self, const Value* args, size_t nargs, Tuple* kw);  // str_format.cc
Value str_format_dunder(Value self, const Value* args, size_t nargs, Tuple* kw);  // str_format.cc

namespace {

// ---- methods (alphabetical) ----

Value m_capitalize(Value self, const Value*, size_t nargs, Tuple* kw) {
  strargs::no_kw("capitalize", kw);
  strargs::nargs("capitalize", nargs, 0, 0);
  return new_str(strings::capitalize<ByteTraits>(sv(self)));
}

Value m_center(Value self, const Value* args, size_t nargs, Tuple* kw) {
  strargs::no_kw("center", kw);
  strargs::nargs("center", nargs, 1, 2);
  int64_t width = strargs::ssize_arg(args[0]);
  char fill = fill_arg("center", args, nargs, 1);
  if (width <= self.as<Str>()->len) return same_or_new(self, sv(self));
  return new_str(strings::center(sv(self), width, fill));
}

Value m_count(Value self, const Value* args, size_t nargs, Tuple* kw) {
  strargs::no_kw("count", kw);
  strargs::nargs("count", nargs, 1, 3);
  if (is_unicode(args[0])) return delegate(self, "count", args, nargs, kw);
  int64_t start = 0, end = INT64_MAX;
  string_view sub = buf_arg(args[0]);
  strargs::bound(args, nargs, 1, start);
  strargs::bound(args, nargs, 2, end);
  return make_int(strings::count(sv(self), sub, start, end));
}

Value m_decode(Value self, const Value* args, size_t nargs, Tuple* kw) {
  const char *enc, *err;
  codec_args("decode", args, nargs, kw, &enc, &err);
  return str_decode_bytes(sv(self), self, enc, err);
}

Value m_encode(Value self, const Value* args, size_t nargs, Tuple* kw) {
  const char *enc, *err;
  codec_args("encode", args, nargs, kw, &enc, &err);
  return str_encode_bytes(self.as<Str>(), enc, err);
}

Value tail_test(Value self, const Value* args, size_t nargs, Tuple* kw, const char* name, bool at_end) {
  strargs::no_kw(name, kw);
  strargs::nargs(name, nargs, 1, 3);
  int64_t start = 0, end = INT64_MAX;
  strargs::bound(args, nargs, 1, start);
  strargs::bound(args, nargs, 2, end);
  auto one = [&](Value x) -> bool {
    if (is_unicode(x)) {
      Unicode* me = unicode_from_str(self.as<Str>());
      return strings::tailmatch_unicode(me->view(), x.as<Unicode>()->view(), start, end, at_end);
    }
    if (!is_str(x))
      raise_type_error("%s first arg must be str, unicode, or tuple, not %s", name, type_name(x));
    return strings::tailmatch(sv(self), sv(x), start, end, at_end);
  };
  if (is_tuple(args[0])) {
    Tuple* t = args[0].as<Tuple>();
    for (int64_t i = 0; i < t->len; ++i)
      if (one(t->items[i])) return True();
    return False();
  }
  return from_bool(one(args[0]));
}

Value m_endswith(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return tail_test(self, args, nargs, kw, "endswith", true);
}

Value m_expandtabs(Value self, const Value* args, size_t nargs, Tuple* kw) {
  strargs::no_kw("expandtabs", kw);
  strargs::nargs("expandtabs", nargs, 0, 1);
  int64_t tabsize = nargs ? strargs::ssize_arg(args[0]) : 8;
  return new_str(strings::expandtabs(sv(self), tabsize));
}

int64_t find_impl(Value self, const Value* args, size_t nargs, const char* name, bool reverse) {
  strargs::nargs(name, nargs, 1, 3);
  string_view sub = buf_arg(args[0]);
  int64_t start = 0, end = INT64_MAX;
  strargs::bound(args, nargs, 1, start);
  strargs::bound(args, nargs, 2, end);
  return strings::find(sv(self), sub, start, end, reverse);
}

Value m_find(Value self, const Value* args, size_t nargs, Tuple* kw) {
  strargs::no_kw("find", kw);
  if (nargs && is_unicode(args[0])) return delegate(self, "find", args, nargs, kw);
  return make_int(find_impl(self, args, nargs, "find", false));
}

Value m_format(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return str_format_method(self, args, nargs, kw);
}

Value m_getslice(Value self, const Value* args, size_t nargs, Tuple* kw) {
  strargs::no_kw("__getslice__", kw);
  strargs::nargs("__getslice__", nargs, 2, 2);
  // 2.7's sq_slice: both bounds clamp into [0, len], nothing wraps.
  int64_t n = self.as<Str>()->len;
  int64_t i = std::clamp<int64_t>(strargs::ssize_arg(args[0]), 0, n);
  int64_t j = std::clamp<int64_t>(strargs::ssize_arg(args[1]), 0, n);
  if (j < i) j = i;
  return new_str(sv(self).substr(i, j - i));
}

Value m_getnewargs(Value self, const Value*, size_t nargs, Tuple* kw) {
  strargs::no_kw("__getnewargs__", kw);
  strargs::nargs("__getnewargs__", nargs, 0, 0);
  return Value(tuple_of({new_str(sv(self))}));
}

Value m_index(Value self, const Value* args, size_t nargs, Tuple* kw) {
  strargs::no_kw("index", kw);
  if (nargs && is_unicode(args[0])) return delegate(self, "index", args, nargs, kw);
  int64_t r = find_impl(self, args, nargs, "index", false);
  if (r < 0) raise_value_error("substring not found");
  return make_int(r);
}

template <bool (*Pred)(char)>
Value is_all(Value self, size_t nargs, Tuple* kw, const char* name) {
  strargs::no_kw(name, kw);
  strargs::nargs(name, nargs, 0, 0);
  return from_bool(strings::all_of(sv(self), Pred));
}
Value m_isalnum(Value self, const Value*, size_t nargs, Tuple* kw) { return is_all<ByteTraits::isalnum>(self, nargs, kw, "isalnum"); }
Value m_isalpha(Value self, const Value*, size_t nargs, Tuple* kw) { return is_all<ByteTraits::isalpha>(self, nargs, kw, "isalpha"); }
Value m_isdigit(Value self, const Value*, size_t nargs, Tuple* kw) { return is_all<ByteTraits::isdigit>(self, nargs, kw, "isdigit"); }
Value m_isspace(Value self, const Value*, size_t nargs, Tuple* kw) { return is_all<ByteTraits::space>(self, nargs, kw, "isspace"); }

Value m_islower(Value self, const Value*, size_t nargs, Tuple* kw) {
  strargs::no_kw("islower", kw);
  strargs::nargs("islower", nargs, 0, 0);
  return from_bool(strings::islower<ByteTraits>(sv(self)));
}
Value m_istitle(Value self, const Value*, size_t nargs, Tuple* kw) {
  strargs::no_kw("istitle", kw);
  strargs::nargs("istitle", nargs, 0, 0);
  return from_bool(strings::istitle<ByteTraits>(sv(self)));
}
Value m_isupper(Value self, const Value*, size_t nargs, Tuple* kw) {
  strargs::no_kw("isupper", kw);
  strargs::nargs("isupper", nargs, 0, 0);
  return from_bool(strings::isupper<ByteTraits>(sv(self)));
}

Value m_join(Value self, const Value* args, size_t nargs, Tuple* kw) {
  strargs::no_kw("join", kw);
  strargs::nargs("join", nargs, 1, 1);
  string_view sep = sv(self);
  Value seq = args[0];
  List* items = is_list(seq) ? seq.as<List>() : list_from_iterable(seq);
  int64_t n = items->len;
  if (n == 1 && !items->items[0].is_small_int() && items->items[0].obj()->type == &StrType)
    return items->items[0];
  size_t total = 0;
  for (int64_t i = 0; i < n; ++i) {
    Value x = items->items[i];
    if (is_unicode(x)) {
      Value a = Value(items);
      return delegate(self, "join", &a, 1, nullptr);
    }
    if (!is_str(x))
      raise_type_error("sequence item %lld: expected string, %s found", static_cast<long long>(i), type_name(x));
    total += x.as<Str>()->len + (i ? sep.size() : 0);
  }
  Str* r = str_alloc(total);
  char* p = r->data;
  for (int64_t i = 0; i < n; ++i) {
    if (i) {
      std::memcpy(p, sep.data(), sep.size());
      p += sep.size();
    }
    Str* x = items->items[i].as<Str>();
    std::memcpy(p, x->data, x->len);
    p += x->len;
  }
  return Value(r);
}

Value justify(Value self, const Value* args, size_t nargs, Tuple* kw, const char* name, bool left) {
  strargs::no_kw(name, kw);
  strargs::nargs(name, nargs, 1, 2);
  int64_t width = strargs::ssize_arg(args[0]);
  char fill = fill_arg(name, args, nargs, 1);
  int64_t n = self.as<Str>()->len;
  if (width <= n) return same_or_new(self, sv(self));
  return new_str(left ? strings::pad(sv(self), 0, width - n, fill) : strings::pad(sv(self), width - n, 0, fill));
}
Value m_ljust(Value self, const Value* args, size_t nargs, Tuple* kw) { return justify(self, args, nargs, kw, "ljust", true); }
Value m_rjust(Value self, const Value* args, size_t nargs, Tuple* kw) { return justify(self, args, nargs, kw, "rjust", false); }

Value m_lower(Value self, const Value*, size_t nargs, Tuple* kw) {
  strargs::no_kw("lower", kw);
  strargs::nargs("lower", nargs, 0, 0);
  return new_str(strings::map_chars<ByteTraits>(sv(self), ByteTraits::tolower));
}

Value strip_impl(Value self, const Value* args, size_t nargs, Tuple* kw, const char* name, int which) {
  strargs::no_kw(name, kw);
  strargs::nargs(name, nargs, 0, 1);
  if (nargs && is_unicode(args[0])) return delegate(self, name, args, nargs, kw);
  string_view chars;
  bool ws = nargs == 0 || is_none(args[0]);
  if (!ws) {
    if (!is_str(args[0])) raise_type_error("%s arg must be None, str or unicode", name);
    chars = sv(args[0]);
  }
  return same_or_new(self, strings::strip<ByteTraits>(sv(self), ws ? nullptr : &chars, which));
}
Value m_lstrip(Value self, const Value* args, size_t nargs, Tuple* kw) { return strip_impl(self, args, nargs, kw, "lstrip", 1); }
Value m_rstrip(Value self, const Value* args, size_t nargs, Tuple* kw) { return strip_impl(self, args, nargs, kw, "rstrip", 2); }
Value m_strip(Value self, const Value* args, size_t nargs, Tuple* kw) { return strip_impl(self, args, nargs, kw, "strip", 3); }

Value partition_impl(Value self, const Value* args, size_t nargs, Tuple* kw, const char* name, bool reverse) {
  strargs::no_kw(name, kw);
  strargs::nargs(name, nargs, 1, 1);
  if (is_unicode(args[0])) return delegate(self, name, args, nargs, kw);
  string_view s = sv(self), sep = buf_arg(args[0]);
  if (sep.empty()) raise_value_error("empty separator");
  size_t pos = reverse ? s.rfind(sep) : s.find(sep);
  Value empty = Value(str_intern(""));
  if (pos == string_view::npos) {
    if (reverse) return Value(tuple_of({empty, empty, same_or_new(self, s)}));
    return Value(tuple_of({same_or_new(self, s), empty, empty}));
  }
  return Value(tuple_of({new_str(s.substr(0, pos)), args[0], new_str(s.substr(pos + sep.size()))}));
}
Value m_partition(Value self, const Value* args, size_t nargs, Tuple* kw) { return partition_impl(self, args, nargs, kw, "partition", false); }
Value m_rpartition(Value self, const Value* args, size_t nargs, Tuple* kw) { return partition_impl(self, args, nargs, kw, "rpartition", true); }

Value m_replace(Value self, const Value* args, size_t nargs, Tuple* kw) {
  strargs::no_kw("replace", kw);
  strargs::nargs("replace", nargs, 2, 3);
  if (any_unicode(args, 2)) return delegate(self, "replace", args, nargs, kw);
  string_view from = buf_arg(args[0]), to = buf_arg(args[1]);
  int64_t count = nargs == 3 ? strargs::ssize_arg(args[2]) : -1;
  return same_or_changed(self, strings::replace(sv(self), from, to, count));
}

Value m_rfind(Value self, const Value* args, size_t nargs, Tuple* kw) {
  strargs::no_kw("rfind", kw);
  if (nargs && is_unicode(args[0])) return delegate(self, "rfind", args, nargs, kw);
  return make_int(find_impl(self, args, nargs, "rfind", true));
}

Value m_rindex(Value self, const Value* args, size_t nargs, Tuple* kw) {
  strargs::no_kw("rindex", kw);
  if (nargs && is_unicode(args[0])) return delegate(self, "rindex", args, nargs, kw);
  int64_t r = find_impl(self, args, nargs, "rindex", true);
  if (r < 0) raise_value_error("substring not found");
  return make_int(r);
}

Value split_impl(Value self, const Value* args, size_t nargs, Tuple* kw, const char* name, bool reverse) {
  strargs::no_kw(name, kw);
  strargs::nargs(name, nargs, 0, 2);
  if (nargs && is_unicode(args[0])) return delegate(self, name, args, nargs, kw);
  int64_t maxsplit = nargs == 2 ? strargs::ssize_arg(args[1]) : -1;
  if (nargs == 0 || is_none(args[0])) {
    return Value(pieces_list(reverse ? strings::rsplit_whitespace<ByteTraits>(sv(self), maxsplit)
                                     : strings::split_whitespace<ByteTraits>(sv(self), maxsplit)));
  }
  string_view sep = buf_arg(args[0]);
  if (sep.empty()) raise_value_error("empty separator");
  return Value(pieces_list(reverse ? strings::rsplit_sep(sv(self), sep, maxsplit)
                                   : strings::split_sep(sv(self), sep, maxsplit)));
}
Value m_rsplit(Value self, const Value* args, size_t nargs, Tuple* kw) { return split_impl(self, args, nargs, kw, "rsplit", true); }
Value m_split(Value self, const Value* args, size_t nargs, Tuple* kw) { return split_impl(self, args, nargs, kw, "split", false); }

Value m_splitlines(Value self, const Value* args, size_t nargs, Tuple* kw) {
  strargs::no_kw("splitlines", kw);
  strargs::nargs("splitlines", nargs, 0, 1);
  bool keep = nargs && strargs::ssize_arg(args[0]) != 0;
  return Value(pieces_list(strings::splitlines<ByteTraits>(sv(self), keep)));
}

Value m_startswith(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return tail_test(self, args, nargs, kw, "startswith", false);
}

Value m_swapcase(Value self, const Value*, size_t nargs, Tuple* kw) {
  strargs::no_kw("swapcase", kw);
  strargs::nargs("swapcase", nargs, 0, 0);
  return new_str(strings::swapcase<ByteTraits>(sv(self)));
}

Value m_title(Value self, const Value*, size_t nargs, Tuple* kw) {
  strargs::no_kw("title", kw);
  strargs::nargs("title", nargs, 0, 0);
  return new_str(strings::title<ByteTraits>(sv(self)));
}

Value m_translate(Value self, const Value* args, size_t nargs, Tuple* kw) {
  strargs::no_kw("translate", kw);
  strargs::nargs("translate", nargs, 1, 2);
  if (is_unicode(args[0])) return delegate(self, "translate", args, nargs, kw);
  string_view table;
  bool have_table = !is_none(args[0]);
  if (have_table) {
    table = buf_arg(args[0]);
    if (table.size() != 256) raise_value_error("translation table must be 256 characters long");
  }
  bool del[256] = {};
  if (nargs == 2) {
    if (is_unicode(args[1])) return delegate(self, "translate", args, nargs, kw);
    for (unsigned char c : buf_arg(args[1])) del[c] = true;
  }
  std::string out;
  for (unsigned char c : sv(self)) {
    if (del[c]) continue;
    out += have_table ? table[c] : static_cast<char>(c);
  }
  return same_or_changed(self, out);
}

Value m_upper(Value self, const Value*, size_t nargs, Tuple* kw) {
  strargs::no_kw("upper", kw);
  strargs::nargs("upper", nargs, 0, 0);
  return new_str(strings::map_chars<ByteTraits>(sv(self), ByteTraits::toupper));
}

Value m_zfill(Value self, const Value* args, size_t nargs, Tuple* kw) {
  strargs::no_kw("zfill", kw);
  strargs::nargs("zfill", nargs, 1, 1);
  int64_t width = strargs::ssize_arg(args[0]);
  if (width <= self.as<Str>()->len) return same_or_new(self, sv(self));
  return new_str(strings::zfill(sv(self), width));
}

}  // namespace

void register_str_methods(Type* t) {
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
      {"isdigit", m_isdigit},
      {"islower", m_islower},
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
