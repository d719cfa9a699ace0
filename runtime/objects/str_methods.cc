// SPDX-License-Identifier: Apache-2.0
// str methods and indexing. Method bodies follow 2.7's semantics and error
// texts; whitespace for split()/strip() is C isspace in the "C" locale
// (space, \t, \n, \v, \f, \r).
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

namespace {

inline bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
Str* self_str(Value v) { return v.as<Str>(); }
std::string_view sv(Value v) { return v.as<Str>()->view(); }

Str* arg_str(Value v, const char* fname) {
  if (!is_str(v)) raise_type_error("%s() argument 1 must be string, not %s", fname, type_name(v));
  return v.as<Str>();
}

Value new_str(std::string_view s) { return Value(str_new(s)); }

}  // namespace

Value str_getitem(Value self, Value key) {
  Str* s = self_str(self);
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
  Value idx = index_value_opt(key);
  if (!idx.is_null()) return str_getitem(self, idx);
  raise_type_error("string indices must be integers, not %s", type_name(key));
}

Value str_new_fn(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  if (kw) raise_type_error("str() does not take keyword arguments");  // TODO: object=
  if (nargs > 1) raise_type_error("str() takes at most 1 argument (%zu given)", nargs);
  Str* s = nargs ? to_str(args[0]) : str_intern("");
  Type* t = callee.as<Type>();
  if (t == &StrType) return Value(s);
  Str* r = static_cast<Str*>(gc_alloc(offsetof(Str, data) + s->len + 1));
  std::memcpy(r->data, s->data, s->len + 1);
  r->type = t;
  r->len = s->len;
  r->hash = -1;
  return Value(r);
}

namespace {

// ---- methods (alphabetical) ----

Value m_count(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("count", nargs, 1, 3);
  std::string_view s = sv(self), sub = arg_str(args[0], "count")->view();
  int64_t start = 0, end = static_cast<int64_t>(s.size());
  if (nargs > 1 && !is_none(args[1])) start = slice_bound(args[1]);
  if (nargs > 2 && !is_none(args[2])) end = slice_bound(args[2]);
  int64_t n = s.size();
  if (start < 0) start = std::max<int64_t>(0, start + n);
  if (end < 0) end = std::max<int64_t>(0, end + n);
  if (end > n) end = n;
  if (start > end) return small_int(0);
  std::string_view w = s.substr(start, end - start);
  if (sub.empty()) return small_int(static_cast<int64_t>(w.size()) + 1);
  int64_t c = 0;
  for (size_t pos = w.find(sub); pos != std::string_view::npos; pos = w.find(sub, pos + sub.size())) ++c;
  return small_int(c);
}

Value m_endswith(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("endswith", nargs, 1, 3);
  std::string_view s = sv(self);
  auto test = [&](Value suffix) {
    if (!is_str(suffix)) raise_type_error("endswith first arg must be str, unicode, or tuple, not %s", type_name(suffix));
    std::string_view x = sv(suffix);
    return s.size() >= x.size() && s.substr(s.size() - x.size()) == x;
  };
  if (is_tuple(args[0])) {
    Tuple* t = args[0].as<Tuple>();
    for (int64_t i = 0; i < t->len; ++i)
      if (test(t->items[i])) return True();
    return False();
  }
  return from_bool(test(args[0]));
}

int64_t find_impl(Value self, const Value* args, size_t nargs, const char* name, bool reverse) {
  check_nargs(name, nargs, 1, 3);
  std::string_view s = sv(self), sub = arg_str(args[0], name)->view();
  int64_t n = s.size();
  int64_t start = 0, end = n;
  if (nargs > 1 && !is_none(args[1])) start = slice_bound(args[1]);
  if (nargs > 2 && !is_none(args[2])) end = slice_bound(args[2]);
  if (start < 0) start = std::max<int64_t>(0, start + n);
  if (end < 0) end = std::max<int64_t>(0, end + n);
  if (end > n) end = n;
  if (start > end) return -1;
  std::string_view w = s.substr(start, end - start);
  size_t pos = reverse ? w.rfind(sub) : w.find(sub);
  return pos == std::string_view::npos ? -1 : static_cast<int64_t>(pos) + start;
}

Value m_find(Value self, const Value* args, size_t nargs, Tuple*) {
  return small_int(find_impl(self, args, nargs, "find", false));
}
Value m_rfind(Value self, const Value* args, size_t nargs, Tuple*) {
  return small_int(find_impl(self, args, nargs, "rfind", true));
}
Value m_index(Value self, const Value* args, size_t nargs, Tuple*) {
  int64_t r = find_impl(self, args, nargs, "index", false);
  if (r < 0) raise_value_error("substring not found");
  return small_int(r);
}
Value m_rindex(Value self, const Value* args, size_t nargs, Tuple*) {
  int64_t r = find_impl(self, args, nargs, "rindex", true);
  if (r < 0) raise_value_error("substring not found");
  return small_int(r);
}

template <int (*Pred)(int)>
Value is_all(Value self, size_t nargs, const char* name) {
  check_nargs(name, nargs, 0, 0);
  std::string_view s = sv(self);
  if (s.empty()) return False();
  for (unsigned char c : s)
    if (!Pred(c)) return False();
  return True();
}
int c_isalpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
int c_isdigit(int c) { return c >= '0' && c <= '9'; }
int c_isalnum(int c) { return c_isalpha(c) || c_isdigit(c); }
int c_isspace(int c) { return is_space(static_cast<unsigned char>(c)); }
Value m_isalnum(Value self, const Value*, size_t nargs, Tuple*) { return is_all<c_isalnum>(self, nargs, "isalnum"); }
Value m_isalpha(Value self, const Value*, size_t nargs, Tuple*) { return is_all<c_isalpha>(self, nargs, "isalpha"); }
Value m_isdigit(Value self, const Value*, size_t nargs, Tuple*) { return is_all<c_isdigit>(self, nargs, "isdigit"); }
Value m_isspace(Value self, const Value*, size_t nargs, Tuple*) { return is_all<c_isspace>(self, nargs, "isspace"); }

Value m_islower(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("islower", nargs, 0, 0);
  bool cased = false;
  for (unsigned char c : sv(self)) {
    if (c >= 'A' && c <= 'Z') return False();
    if (c >= 'a' && c <= 'z') cased = true;
  }
  return from_bool(cased);
}
Value m_isupper(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("isupper", nargs, 0, 0);
  bool cased = false;
  for (unsigned char c : sv(self)) {
    if (c >= 'a' && c <= 'z') return False();
    if (c >= 'A' && c <= 'Z') cased = true;
  }
  return from_bool(cased);
}

Value m_join(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("join", nargs, 1, 1);
  std::string_view sep = sv(self);
  List* items = is_list(args[0]) ? args[0].as<List>() : list_from_iterable(args[0]);
  std::string out;
  for (int64_t i = 0; i < items->len; ++i) {
    Value x = items->items[i];
    if (!is_str(x))
      raise_type_error("sequence item %lld: expected string, %s found", static_cast<long long>(i), type_name(x));
    if (i) out += sep;
    out += sv(x);
  }
  return new_str(out);
}

Value m_lower(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("lower", nargs, 0, 0);
  std::string s(sv(self));
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return new_str(s);
}
Value m_upper(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("upper", nargs, 0, 0);
  std::string s(sv(self));
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return new_str(s);
}

Value strip_impl(Value self, const Value* args, size_t nargs, const char* name, bool left, bool right) {
  check_nargs(name, nargs, 0, 1);
  std::string_view s = sv(self);
  std::string_view chars;
  bool ws = nargs == 0 || is_none(args[0]);
  if (!ws) {
    if (!is_str(args[0])) raise_type_error("%s arg must be None, str or unicode", name);
    chars = sv(args[0]);
  }
  auto strip_it = [&](unsigned char c) { return ws ? is_space(c) : chars.find(static_cast<char>(c)) != std::string_view::npos; };
  size_t a = 0, b = s.size();
  if (left)
    while (a < b && strip_it(s[a])) ++a;
  if (right)
    while (b > a && strip_it(s[b - 1])) --b;
  if (a == 0 && b == s.size() && self.obj()->type == &StrType) return self;
  return new_str(s.substr(a, b - a));
}
Value m_strip(Value self, const Value* args, size_t nargs, Tuple*) { return strip_impl(self, args, nargs, "strip", true, true); }
Value m_lstrip(Value self, const Value* args, size_t nargs, Tuple*) { return strip_impl(self, args, nargs, "lstrip", true, false); }
Value m_rstrip(Value self, const Value* args, size_t nargs, Tuple*) { return strip_impl(self, args, nargs, "rstrip", false, true); }

Value m_replace(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("replace", nargs, 2, 3);
  std::string_view s = sv(self);
  std::string_view from = arg_str(args[0], "replace")->view(), to = arg_str(args[1], "replace")->view();
  int64_t maxcount = nargs == 3 ? int_value(args[2]) : -1;
  if (maxcount < 0) maxcount = INT64_MAX;
  std::string out;
  if (from.empty()) {
    int64_t count = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
      if (count < maxcount) {
        out += to;
        ++count;
      }
      if (i < s.size()) out += s[i];
    }
    return new_str(out);
  }
  size_t pos = 0;
  int64_t count = 0;
  while (count < maxcount) {
    size_t f = s.find(from, pos);
    if (f == std::string_view::npos) break;
    out += s.substr(pos, f - pos);
    out += to;
    pos = f + from.size();
    ++count;
  }
  out += s.substr(pos);
  return new_str(out);
}

Value m_split(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("split", nargs, 0, 2);
  std::string_view s = sv(self);
  int64_t maxsplit = nargs == 2 ? int_value(args[1]) : -1;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  List* out = list_new();
  if (nargs == 0 || is_none(args[0])) {
    size_t i = 0, n = s.size();
    int64_t count = 0;
    while (i < n) {
      while (i < n && is_space(s[i])) ++i;
      if (i == n) break;
      if (count >= maxsplit) {
        size_t e = n;
        while (e > i && is_space(s[e - 1])) --e;
        list_append(out, new_str(s.substr(i, e - i)));
        break;
      }
      size_t j = i;
      while (j < n && !is_space(s[j])) ++j;
      list_append(out, new_str(s.substr(i, j - i)));
      ++count;
      i = j;
    }
    return Value(out);
  }
  std::string_view sep = arg_str(args[0], "split")->view();
  if (sep.empty()) raise_value_error("empty separator");
  size_t pos = 0;
  int64_t count = 0;
  while (count < maxsplit) {
    size_t f = s.find(sep, pos);
    if (f == std::string_view::npos) break;
    list_append(out, new_str(s.substr(pos, f - pos)));
    pos = f + sep.size();
    ++count;
  }
  list_append(out, new_str(s.substr(pos)));
  return Value(out);
}

Value m_splitlines(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("splitlines", nargs, 0, 1);
  bool keep = nargs && truth(args[0]);
  std::string_view s = sv(self);
  List* out = list_new();
  size_t i = 0, n = s.size();
  while (i < n) {
    size_t j = i;
    while (j < n && s[j] != '\n' && s[j] != '\r') ++j;
    size_t eol = j;
    if (j < n) {
      if (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') j += 2;
      else ++j;
    }
    list_append(out, new_str(s.substr(i, (keep ? j : eol) - i)));
    i = j;
  }
  return Value(out);
}

Value m_startswith(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("startswith", nargs, 1, 3);
  std::string_view s = sv(self);
  auto test = [&](Value prefix) {
    if (!is_str(prefix)) raise_type_error("startswith first arg must be str, unicode, or tuple, not %s", type_name(prefix));
    std::string_view x = sv(prefix);
    return s.substr(0, x.size()) == x;
  };
  if (is_tuple(args[0])) {
    Tuple* t = args[0].as<Tuple>();
    for (int64_t i = 0; i < t->len; ++i)
      if (test(t->items[i])) return True();
    return False();
  }
  return from_bool(test(args[0]));
}

}  // namespace

void register_str_methods(Type* t) {
  type_ready(t, {
      {"count", m_count},
      {"endswith", m_endswith},
      {"find", m_find},
      {"index", m_index},
      {"isalnum", m_isalnum},
      {"isalpha", m_isalpha},
      {"isdigit", m_isdigit},
      {"islower", m_islower},
      {"isspace", m_isspace},
      {"isupper", m_isupper},
      {"join", m_join},
      {"lower", m_lower},
      {"lstrip", m_lstrip},
      {"replace", m_replace},
      {"rfind", m_rfind},
      {"rindex", m_rindex},
      {"rstrip", m_rstrip},
      {"split", m_split},
      {"splitlines", m_splitlines},
      {"startswith", m_startswith},
      {"strip", m_strip},
      {"upper", m_upper},
  });
}

}  // namespace pytrans::rt
