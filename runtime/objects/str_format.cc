// SPDX-License-Identifier: Apache-2.0
// String formatting, all three kinds, for str and unicode:
// - the % operator (printf-style: flags, '*' widths, %(name)s mappings);
// - str.format / unicode.format (auto and manual numbering, attribute and
//   index lookup, !r/!s, nested {} inside format specs, {{ and }});
// - format(x, spec) and the __format__ methods of str, unicode and object.
// Number rendering is internal/int_format's and internal/float_format's.
//
// The % and format() engines are templates over the output character type
// (char for str, char32_t for unicode). 2.7 switches a str % to unicode as
// soon as a %s or %c argument is unicode: the whole format is redone as
// unicode, so '%s' % u'x' is u'x'.
#include <cmath>
#include <cstring>
#include <string>

#include "core/ops.h"
#include "core/raise.h"
#include "internal/float_format.h"
#include "internal/int_format.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/long.h"
#include "objects/str.h"
#include "objects/str_common.h"
#include "objects/list.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode.h"

namespace pytrans::rt {

namespace {

template <class C>
using Text = std::basic_string<C>;
template <class C>
using View = std::basic_string_view<C>;

template <class C>
Text<C> widen(std::string_view s) {
  return Text<C>(s.begin(), s.end());
}

[[noreturn]] void raise_format_error(const internal::FormatError& e) {
  Type* t = &ValueErrorType;
  if (e.exc_type == "OverflowError") t = &OverflowErrorType;
  else if (e.exc_type == "TypeError") t = &TypeErrorType;
  else if (e.exc_type == "ZeroDivisionError") t = &ZeroDivisionErrorType;
  raise_msg(t, e.msg.c_str());
}

// Text of a value as the output type: str(x) for char, unicode(x) for char32_t.
template <class C>
Text<C> text_of(Value v);
template <>
Text<char> text_of<char>(Value v) { return Text<char>(to_str(v)->view()); }
template <>
Text<char32_t> text_of<char32_t>(Value v) { return Text<char32_t>(to_unicode(v)->view()); }

template <class C>
Text<C> repr_of(Value v) { return widen<C>(repr(v)->view()); }

template <class C>
Value make_text(const Text<C>& s);
template <>
Value make_text<char>(const Text<char>& s) { return Value(str_new(s)); }
template <>
Value make_text<char32_t>(const Text<char32_t>& s) { return Value(unicode_new(s)); }

// ---- the % operator ----

struct SwitchToUnicode {};

template <class C>
Text<C> pad(Text<C> s, int width, bool left) {
  if (width > 0 && static_cast<int>(s.size()) < width) {
    if (left) s.append(width - s.size(), C(' '));
    else s.insert(0, width - s.size(), C(' '));
  }
  return s;
}

double float_value_of(Value v) { return v.as<Float>()->v; }

// The number for %d %i %u %o %x %X, as 2.7: ints and longs as they are,
// other numbers (types with __int__ or __float__) through int(), else
// long(); any failure on the way becomes "%d format: a number is required".
Value integer_arg(Value v, char type) {
  if (is_int(v) || is_long(v)) return v;
  Type* t = type_of(v);
  if ((t->nb_int || t->nb_float) && !is_str(v) && !is_unicode(v)) {
    for (auto convert : {int_from_value, long_from_value}) {
      try {
        Value r = convert(v, Value());
        if (is_int(r) || is_long(r)) return r;
      } catch (const PyException&) {
      }
    }
  }
  raise_type_error("%%%c format: a number is required, not %s", type == 'i' ? 'd' : type, type_name(v));
}

// The number for %e %f %g ...: float(v) by __float__; any failure becomes
// "float argument required".
double float_arg(Value v) {
  double d;
  if (as_double(v, &d)) return d;
  Type* t = type_of(v);
  if (t->nb_float && !is_str(v) && !is_unicode(v)) {
    try {
      Value r = t->nb_float(v);
      if (is_float(r)) return float_value_of(r);
    } catch (const PyException&) {
    }
  }
  raise_type_error("float argument required, not %s", type_name(v));
}

// The code of %c in a str format when the argument is not a str: 2.7 parses
// it as an unsigned byte ('b'), with PyInt_AsLong's errors.
int64_t char_code_arg(Value v) {
  if (is_float(v)) raise_type_error("integer argument expected, got float");
  Value n = v;
  if (!is_int(n) && !is_long(n)) {
    Type* t = type_of(v);
    if (!t->nb_int) raise_type_error("an integer is required");
    n = t->nb_int(v);
  }
  if (is_long(n)) {
    if (!mpz_fits_slong_p(n.as<Long>()->z)) raise_overflow("Python int too large to convert to C long");
    return mpz_get_si(n.as<Long>()->z);
  }
  if (!is_int(n)) raise_type_error("an integer is required");
  return int_value(n);
}

// The code point of %c in a unicode format when the argument is not text:
// int(v), any failure being "%c requires int or char".
int64_t unichar_code_arg(Value v) {
  try {
    Value n = is_int(v) ? v : int_from_value(v, Value());
    if (is_int(n)) return int_value(n);
  } catch (const PyException&) {
  }
  raise_type_error("%%c requires int or char");
}

template <class C>
Text<C> format_percent(View<C> fmt, Value b) {
  const Value* items;
  int64_t n;
  Value single = b;
  Value mapping;
  bool is_tuple_arg = is_tuple(b);
  if (is_tuple_arg) {
    items = b.as<Tuple>()->items;
    n = b.as<Tuple>()->len;
  } else {
    items = &single;
    n = 1;
    Type* tb = type_of(b);
    if (tb->getitem && !is_str(b) && !is_unicode(b)) mapping = b;
  }
  int64_t next = 0;
  auto take = [&]() -> Value {
    if (next >= n) raise_type_error("not enough arguments for format string");
    return items[next++];
  };
  Text<C> out;
  out.reserve(fmt.size() + 16);
  size_t i = 0;
  bool used_key = false;
  while (i < fmt.size()) {
    if (fmt[i] != '%') {
      size_t j = fmt.find(C('%'), i);
      if (j == View<C>::npos) j = fmt.size();
      out.append(fmt.substr(i, j - i));
      i = j;
      continue;
    }
    ++i;
    Value arg;
    bool have_key = false;
    if (i < fmt.size() && fmt[i] == '(') {
      if (mapping.is_null()) raise_type_error("format requires a mapping");
      int depth = 1;
      size_t k = ++i;
      while (i < fmt.size() && depth) {
        if (fmt[i] == '(') ++depth;
        else if (fmt[i] == ')') --depth;
        ++i;
      }
      if (depth) raise_value_error("incomplete format key");
      Value key = make_text<C>(Text<C>(fmt.substr(k, i - 1 - k)));
      arg = getitem(mapping, key);
      have_key = used_key = true;
      // 2.7 makes the looked-up value the whole argument list: a later
      // conversion without a key finds nothing ("not enough arguments").
      n = 0;
      next = 0;
    }
    internal::PrintfFlags flags;
    for (; i < fmt.size(); ++i) {
      C f = fmt[i];
      if (f == '-') flags.left = true;
      else if (f == '+') flags.plus = true;
      else if (f == ' ') flags.space = true;
      else if (f == '#') flags.alt = true;
      else if (f == '0') flags.zero = true;
      else break;
    }
    int width = -1, prec = -1;
    if (i < fmt.size() && fmt[i] == '*') {
      Value w = take();
      if (!is_int(w)) raise_type_error("* wants int");
      width = static_cast<int>(int_value(w));
      if (width < 0) {
        flags.left = true;
        width = -width;
      }
      ++i;
    } else {
      while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
        width = (width < 0 ? 0 : width) * 10 + static_cast<int>(fmt[i] - '0');
        ++i;
      }
    }
    if (i < fmt.size() && fmt[i] == '.') {
      ++i;
      prec = 0;
      if (i < fmt.size() && fmt[i] == '*') {
        Value p = take();
        if (!is_int(p)) raise_type_error("* wants int");
        prec = static_cast<int>(int_value(p));
        if (prec < 0) prec = 0;
        ++i;
      } else {
        while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
          prec = prec * 10 + static_cast<int>(fmt[i] - '0');
          ++i;
        }
      }
    }
    while (i < fmt.size() && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;
    if (i >= fmt.size()) raise_value_error("incomplete format");
    C type = fmt[i++];
    if (type == '%') {
      out += C('%');
      continue;
    }
    if (!have_key) arg = take();
    switch (type) {
      case 's':
      case 'r': {
        Text<C> text;
        if (type == 's') {
          if constexpr (sizeof(C) == 1) {
            Value r = str_slot_result(arg);
            if (is_unicode(r)) throw SwitchToUnicode{};
            text = Text<C>(r.as<Str>()->view());
          } else {
            text = text_of<C>(arg);
          }
        } else {
          text = repr_of<C>(arg);
        }
        if (prec >= 0 && static_cast<size_t>(prec) < text.size()) text.resize(prec);
        out += pad<C>(std::move(text), width, flags.left);
        break;
      }
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
        Value num = integer_arg(arg, static_cast<char>(type));
        char t = (type == 'i' || type == 'u') ? 'd' : static_cast<char>(type);
        std::string s = is_int(num) ? internal::format_int_printf(int_value(num), t, prec, flags, width)
                                    : internal::format_long_printf(num.as<Long>()->z, t, prec, flags, width);
        out += widen<C>(s);
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double d = float_arg(arg);
        try {
          out += widen<C>(internal::format_float_printf(d, static_cast<char>(type), prec, flags, width));
        } catch (const internal::FormatError& e) {
          raise_format_error(e);
        }
        break;
      }
      case 'c': {
        if constexpr (sizeof(C) == 1) {
          if (is_unicode(arg)) throw SwitchToUnicode{};
          if (is_str(arg)) {
            if (arg.as<Str>()->len != 1) raise_type_error("%%c requires int or char");
            out += pad<C>(Text<C>(arg.as<Str>()->view()), width, flags.left);
          } else {
            try {
              out += internal::format_char_printf(char_code_arg(arg), flags, width);
            } catch (const internal::FormatError& e) {
              raise_format_error(e);
            }
          }
        } else {
          Text<C> ch;
          if (is_str(arg) || is_unicode(arg)) {
            if (len(arg) != 1) raise_type_error("%%c requires int or char");
            ch = Text<C>(as_unicode_arg(arg)->view());
          } else {
            int64_t v = unichar_code_arg(arg);
            if (v < 0 || v > 0x10ffff) raise_overflow("%c arg not in range(0x110000) (wide Python build)");
            ch = Text<C>(1, static_cast<C>(v));
          }
          out += pad<C>(std::move(ch), width, flags.left);
        }
        break;
      }
      default: {
        char buf[96];
        uint32_t code = static_cast<uint32_t>(type);
        std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu",
                      (code >= 32 && code < 127) ? static_cast<char>(code) : '?', code, i - 1);
        raise_value_error("%s", buf);
      }
    }
  }
  if (!used_key && next < n && mapping.is_null())
    raise_type_error("not all arguments converted during string formatting");
  return out;
}

// ---- format(x, spec) ----

// format() of a str or unicode value: [[fill]align][width][.precision][s].
template <class C>
Text<C> format_text(View<C> value, View<C> spec, const char* type_name_) {
  C fill = ' ';
  std::string narrow;
  size_t start = 0;
  auto is_align = [](C c) { return c == '<' || c == '>' || c == '=' || c == '^'; };
  if (spec.size() >= 2 && is_align(spec[1])) {
    fill = spec[0];
    narrow += ' ';
    start = 1;
  }
  for (size_t i = start; i < spec.size(); ++i) narrow += spec[i] < 128 ? static_cast<char>(spec[i]) : '\x7f';
  internal::FormatSpec f;
  try {
    f = internal::parse_format_spec(narrow);
  } catch (const internal::FormatError& e) {
    raise_format_error(e);
  }
  if (start == 0) fill = static_cast<C>(f.fill);
  if (f.type != 0 && f.type != 's') {
    try {
      internal::throw_unknown_format_code(f.type, type_name_);
    } catch (const internal::FormatError& e) {
      raise_format_error(e);
    }
  }
  // 2.7 fills in the default type 's' before checking ',' (PEP 378 types only).
  if (f.thousands) raise_value_error("Cannot specify ',' with 's'.");
  if (f.sign) raise_value_error("Sign not allowed in string format specifier");
  if (f.alt) raise_value_error("Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') raise_value_error("'=' alignment not allowed in string format specifier");
  Text<C> s(value);
  if (f.precision >= 0 && static_cast<size_t>(f.precision) < s.size()) s.resize(f.precision);
  int64_t w = f.width;
  if (w > static_cast<int64_t>(s.size())) {
    int64_t total = w - static_cast<int64_t>(s.size());
    int64_t left = 0;
    if (f.align == '>') left = total;
    else if (f.align == '^') left = total / 2;
    s.insert(0, left, fill);
    s.append(total - left, fill);
  }
  return s;
}

std::string narrow_spec(Value spec) {
  if (is_str(spec)) return std::string(spec.as<Str>()->view());
  return std::string(unicode_to_str(spec.as<Unicode>())->view());
}

// The builtin types' __format__ (int, long, bool, float, complex, str, unicode) and
// object.__format__ for everything else. The result is unicode iff spec is.
Value builtin_format_value(Value v, Value spec) {
  bool uni = is_unicode(spec);
  auto result = [&](const std::string& s) -> Value {
    return uni ? Value(unicode_from_str(str_new(s))) : Value(str_new(s));
  };
  if (is_unicode(v) || (uni && !is_str(v) && !is_int(v) && !is_long(v) && !is_float(v))) {
    Unicode* text = is_unicode(v) ? v.as<Unicode>() : to_unicode(v);
    Unicode* sp = as_unicode_arg(spec);
    Text<char32_t> r = format_text<char32_t>(text->view(), sp->view(), is_unicode(v) || is_str(v) ? type_name(v) : "str");
    if (uni || is_unicode(v)) return Value(unicode_new(r));
    return Value(unicode_to_str(unicode_new(r)));
  }
  std::string sp = narrow_spec(spec);
  try {
    if (is_str(v)) return result(format_text<char>(v.as<Str>()->view(), sp, type_name(v)));
    if (is_int(v) || is_long(v) || is_float(v)) {
      if (sp.empty()) return result(std::string(to_str(v)->view()));
      if (is_int(v)) return result(internal::format_int_spec(int_value(v), sp, type_name(v)));
      if (is_long(v)) return result(internal::format_long_spec(v.as<Long>()->z, sp, type_name(v)));
      return result(internal::format_float_spec(v.as<Float>()->v, sp, type_name(v)));
    }
    if (is_complex(v)) {
      if (sp.empty()) return result(std::string(to_str(v)->view()));
      Complex* c = v.as<Complex>();
      return result(internal::format_complex_spec(c->real, c->imag, sp, type_name(v)));
    }
  } catch (const internal::FormatError& e) {
    raise_format_error(e);
  }
  Str* text = to_str(v);
  return result(format_text<char>(text->view(), sp, "str"));
}

}  // namespace

// format(value[, spec]): type(value).__format__(value, spec) when a class
// (or complex) defines one, else the builtin behaviour above.
Value format_value(Value v, Value spec) {
  if (!is_str(spec) && !is_unicode(spec))
    raise_type_error("format expects arg 2 to be string or unicode, not %s", type_name(spec));
  Type* t = type_of(v);
  Value m;
  if (t == &InstanceType) {
    m = getattr_opt(v, str_intern("__format__"));
    if (!m.is_null()) {
      Value r = call(m, spec);
      if (!is_str(r) && !is_unicode(r)) raise_type_error("%s.__format__ must return string or unicode, not %s", type_name(v), type_name(r));
      return r;
    }
  } else if (t != &StrType && t != &UnicodeType) {
    m = type_lookup(t, str_intern("__format__"));
  }
  if (!m.is_null()) {
    Value r = call_method_v(v, str_intern("__format__"), &spec, 1);
    if (!is_str(r) && !is_unicode(r)) raise_type_error("%s.__format__ must return string or unicode, not %s", type_name(v), type_name(r));
    if (is_unicode(spec) && is_str(r)) return Value(unicode_from_str(r.as<Str>()));
    return r;
  }
  return builtin_format_value(v, spec);
}

// str.__format__ / unicode.__format__ / object.__format__ as methods.
Value str_format_dunder(Value self, const Value* args, size_t nargs, Tuple* kw) {
  strargs::no_kw("__format__", kw);
  strargs::nargs("__format__", nargs, 1, 1);
  if (!is_str(args[0]) && !is_unicode(args[0]))
    raise_type_error("__format__() argument 1 must be string, not %s", type_name(args[0]));
  return builtin_format_value(self, args[0]);
}

// int/long/float/complex.__format__: 2.7 turns a unicode spec into a str
// and returns a str either way (format(5, u'd') makes it unicode afterwards).
Value number_format_dunder(Value self, const Value* args, size_t nargs, Tuple* kw) {
  strargs::no_kw("__format__", kw);
  if (nargs != 1) raise_type_error("__format__() takes exactly 1 argument (%zu given)", nargs);
  Value spec = args[0];
  if (is_unicode(spec)) spec = Value(to_str(spec));
  else if (!is_str(spec)) raise_type_error("__format__ requires str or unicode");
  return builtin_format_value(self, spec);
}

Value builtin_format(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("format", kw);
  if (nargs < 1) raise_type_error("format() takes at least 1 argument (0 given)");
  if (nargs > 2) raise_type_error("format() takes at most 2 arguments (%zu given)", nargs);
  return format_value(args[0], nargs == 2 ? args[1] : Value(str_intern("")));
}

// ---- str.format ----

namespace {

template <class C>
struct Formatter {
  const Value* args;
  size_t nargs;
  Tuple* kw;
  int auto_state = 0;  // 0 unknown, 1 auto numbering, 2 manual
  int64_t auto_next = 0;

  Value lookup_kw(View<C> name) {
    std::string key;
    for (C c : name) key += static_cast<char>(c);
    if (kw)
      for (int64_t i = 0; i < kw->len; ++i)
        if (kw->items[i].as<Str>()->view() == key) return args[nargs + i];
    raise_key_error(make_text<C>(Text<C>(name)));
  }

  static bool all_digits(View<C> s, int64_t& out) {
    if (s.empty()) return false;
    int64_t v = 0;
    for (C c : s) {
      if (c < '0' || c > '9') return false;
      if (v > (INT64_MAX - 9) / 10) return false;
      v = v * 10 + static_cast<int64_t>(c - '0');
    }
    out = v;
    return true;
  }

  Value get_field(View<C> field) {
    size_t i = 0;
    while (i < field.size() && field[i] != '.' && field[i] != '[') ++i;
    View<C> first = field.substr(0, i);
    Value obj;
    int64_t idx;
    if (first.empty()) {
      if (auto_state == 2)
        raise_value_error("cannot switch from manual field specification to automatic field numbering");
      auto_state = 1;
      idx = auto_next++;
      if (idx >= static_cast<int64_t>(nargs)) raise_index_error("tuple index out of range");
      obj = args[idx];
    } else if (all_digits(first, idx)) {
      if (auto_state == 1)
        raise_value_error("cannot switch from automatic field numbering to manual field specification");
      auto_state = 2;
      if (idx >= static_cast<int64_t>(nargs)) raise_index_error("tuple index out of range");
      obj = args[idx];
    } else {
      obj = lookup_kw(first);
    }
    while (i < field.size()) {
      if (field[i] == '.') {
        size_t j = ++i;
        while (i < field.size() && field[i] != '.' && field[i] != '[') ++i;
        if (i == j) raise_value_error("Empty attribute in format string");
        std::string name;
        for (C c : field.substr(j, i - j)) name += static_cast<char>(c);
        obj = getattr(obj, str_intern(name));
      } else if (field[i] == '[') {
        size_t j = ++i;
        while (i < field.size() && field[i] != ']') ++i;
        if (i >= field.size()) raise_value_error("Missing ']' in format string");
        View<C> key = field.substr(j, i - j);
        if (key.empty()) raise_value_error("Empty attribute in format string");
        ++i;
        int64_t k;
        if (all_digits(key, k)) obj = getitem(obj, make_int(k));
        else obj = getitem(obj, make_text<C>(Text<C>(key)));
        if (i < field.size() && field[i] != '.' && field[i] != '[')
          raise_value_error("Only '.' or '[' may follow ']' in format field specifier");
      } else {
        raise_value_error("Only '.' or '[' may follow ']' in format field specifier");
      }
    }
    return obj;
  }

  Text<C> render(View<C> fmt, int depth) {
    if (depth <= 0) raise_value_error("Max string recursion exceeded");
    Text<C> out;
    size_t i = 0, n = fmt.size();
    while (i < n) {
      C c = fmt[i];
      if (c == '}') {
        if (i + 1 < n && fmt[i + 1] == '}') {
          out += C('}');
          i += 2;
          continue;
        }
        raise_value_error("Single '}' encountered in format string");
      }
      if (c != '{') {
        out += c;
        ++i;
        continue;
      }
      if (i + 1 < n && fmt[i + 1] == '{') {
        out += C('{');
        i += 2;
        continue;
      }
      // Find the matching '}', counting nested braces of the spec.
      size_t start = ++i;
      int level = 1;
      while (i < n) {
        if (fmt[i] == '{') ++level;
        else if (fmt[i] == '}' && --level == 0) break;
        ++i;
      }
      if (i >= n) {
        if (start >= n) raise_value_error("Single '{' encountered in format string");
        raise_value_error("unmatched '{' in format");
      }
      View<C> body = fmt.substr(start, i - start);
      ++i;
      // field_name ['!' conversion] [':' spec]; '[...]' may contain ':' or '!'.
      size_t k = 0;
      bool in_bracket = false;
      while (k < body.size()) {
        if (body[k] == '[') in_bracket = true;
        else if (body[k] == ']') in_bracket = false;
        else if (!in_bracket && (body[k] == '!' || body[k] == ':')) break;
        ++k;
      }
      View<C> field = body.substr(0, k);
      C conv = 0;
      View<C> spec;
      if (k < body.size() && body[k] == '!') {
        if (k + 1 >= body.size()) raise_value_error("end of format while looking for conversion specifier");
        conv = body[k + 1];
        k += 2;
        if (k < body.size() && body[k] != ':') raise_value_error("expected ':' after format specifier");
      }
      if (k < body.size() && body[k] == ':') spec = body.substr(k + 1);
      Value obj = get_field(field);
      if (conv) {
        if (conv == 'r') obj = Value(repr(obj));
        else if (conv == 's') obj = sizeof(C) == 1 ? Value(to_str(obj)) : Value(to_unicode(obj));
        else {
          char buf[64];
          uint32_t cc = static_cast<uint32_t>(conv);
          std::snprintf(buf, sizeof buf, "Unknown conversion specifier %c", cc < 128 ? static_cast<char>(cc) : '?');
          raise_value_error("%s", buf);
        }
      }
      Text<C> spec_text = spec.find(C('{')) != View<C>::npos ? render(spec, depth - 1) : Text<C>(spec);
      Value r = format_value(obj, make_text<C>(spec_text));
      if constexpr (sizeof(C) == 1) {
        out += is_unicode(r) ? Text<C>(unicode_to_str(r.as<Unicode>())->view()) : Text<C>(r.as<Str>()->view());
      } else {
        out += as_unicode_arg(r)->view();
      }
    }
    return out;
  }
};

}  // namespace

Value str_format_method(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Formatter<char> f{args, nargs, kw};
  return Value(str_new(f.render(self.as<Str>()->view(), 2)));
}

Value unicode_format_method(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Formatter<char32_t> f{args, nargs, kw};
  return Value(unicode_new(f.render(self.as<Unicode>()->view(), 2)));
}

// ---- s._formatter_parser() and s._formatter_field_name_split() ----
// The pieces string.Formatter builds on, with 2.7's parsing (which, unlike
// format() itself, does not skip ':' or '!' inside [...]). Both return an
// iterator over a list computed up front.

namespace {

template <class C>
Value piece(View<C> s) { return make_text<C>(Text<C>(s)); }

template <class C>
Value formatter_parser(View<C> s) {
  List* out = list_new(0);
  size_t p = 0, n = s.size();
  while (p < n) {
    size_t start = p;
    C c = 0;
    bool markup = false;
    while (p < n) {
      c = s[p++];
      if (c == '{' || c == '}') { markup = true; break; }
    }
    bool at_end = p >= n;
    size_t len = p - start;
    if (c == '}' && (at_end || s[p] != c)) raise_value_error("Single '}' encountered in format string");
    if (at_end && c == '{') raise_value_error("Single '{' encountered in format string");
    if (markup && !at_end) {
      if (s[p] == c) { ++p; markup = false; }  // '{{' or '}}': literal text only
      else --len;
    }
    Value literal = piece<C>(s.substr(start, len));
    if (!markup) {
      list_append(out, Value(tuple_of({literal, None(), None(), None()})));
      continue;
    }
    size_t fstart = p;
    int count = 1;
    bool closed = false;
    while (p < n) {
      C d = s[p++];
      if (d == '{') ++count;
      else if (d == '}' && --count <= 0) { closed = true; break; }
    }
    if (!closed) raise_value_error("unmatched '{' in format");
    View<C> field = s.substr(fstart, p - 1 - fstart);
    size_t k = 0;
    while (k < field.size() && field[k] != ':' && field[k] != '!') ++k;
    View<C> name = field.substr(0, k), spec;
    Value conv = None();
    if (k < field.size()) {
      spec = field.substr(k + 1);
      if (field[k] == '!') {
        if (spec.empty()) raise_value_error("end of format while looking for conversion specifier");
        conv = piece<C>(spec.substr(0, 1));
        spec = spec.substr(1);
        if (!spec.empty()) {
          if (spec[0] != ':') raise_value_error("expected ':' after format specifier");
          spec = spec.substr(1);
        }
      }
    }
    list_append(out, Value(tuple_of({literal, piece<C>(name), piece<C>(spec), conv})));
  }
  return iter(Value(out));
}

// A field-name part as 2.7's get_integer sees it: digits only make a long.
template <class C>
Value int_or_text(View<C> s) {
  if (s.empty()) return piece<C>(s);
  int64_t v = 0;
  for (C c : s) {
    if (c < '0' || c > '9') return piece<C>(s);
    if (v > (INT64_MAX - 9) / 10) raise_value_error("Too many decimal digits in format string");
    v = v * 10 + (c - '0');
  }
  return long_from_i64(v);
}

template <class C>
Value formatter_field_name_split(View<C> s) {
  size_t i = 0;
  while (i < s.size() && s[i] != '.' && s[i] != '[') ++i;
  Value first = int_or_text<C>(s.substr(0, i));
  List* rest = list_new(0);
  while (i < s.size()) {
    C c = s[i++];
    size_t start = i;
    bool attr = c == '.';
    View<C> key;
    if (attr) {
      while (i < s.size() && s[i] != '.' && s[i] != '[') ++i;
      key = s.substr(start, i - start);
    } else if (c == '[') {
      while (i < s.size() && s[i] != ']') ++i;
      if (i >= s.size()) raise_value_error("Missing ']' in format string");
      key = s.substr(start, i - start);
      ++i;
    } else {
      raise_value_error("Only '.' or '[' may follow ']' in format field specifier");
    }
    if (key.empty()) raise_value_error("Empty attribute in format string");
    list_append(rest, Value(tuple_of({from_bool(attr), attr ? piece<C>(key) : int_or_text<C>(key)})));
  }
  return Value(tuple_of({first, iter(Value(rest))}));
}

}  // namespace

Value str_formatter_parser(Value self, const Value*, size_t nargs, Tuple* kw) {
  strargs::no_kw("_formatter_parser", kw);
  strargs::nargs("_formatter_parser", nargs, 0, 0);
  if (is_unicode(self)) return formatter_parser<char32_t>(self.as<Unicode>()->view());
  return formatter_parser<char>(self.as<Str>()->view());
}

Value str_formatter_field_name_split(Value self, const Value*, size_t nargs, Tuple* kw) {
  strargs::no_kw("_formatter_field_name_split", kw);
  strargs::nargs("_formatter_field_name_split", nargs, 0, 0);
  if (is_unicode(self)) return formatter_field_name_split<char32_t>(self.as<Unicode>()->view());
  return formatter_field_name_split<char>(self.as<Str>()->view());
}

// ---- % entry points ----

Value str_mod(Value a, Value b) {
  if (!is_str(a)) return NotImplemented();
  try {
    return Value(str_new(format_percent<char>(a.as<Str>()->view(), b)));
  } catch (SwitchToUnicode&) {
    return unicode_mod(Value(unicode_from_str(a.as<Str>())), b);
  }
}

Value unicode_mod(Value fmt, Value b) {
  return Value(unicode_new(format_percent<char32_t>(fmt.as<Unicode>()->view(), b)));
}

}  // namespace pytrans::rt
