// SPDX-License-Identifier: Apache-2.0
// The str % operator (printf-style formatting) with 2.7's conversions,
// flags, '*' widths, %(name)s mappings and exact error messages. Number
// rendering is delegated to internal/int_format and internal/float_format.
#include <cmath>
#include <string>

#include "core/ops.h"
#include "core/raise.h"
#include "objects/exceptions.h"
#include "internal/float_format.h"
#include "internal/int_format.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/long.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

namespace {

struct ArgSource {
  const Value* items;
  int64_t n;
  int64_t next = 0;
  Value mapping;  // null unless the right operand is a mapping
  bool single;

  Value take() {
    if (next >= n) raise_type_error("not enough arguments for format string");
    return items[next++];
  }
};

std::string pad(std::string s, int width, bool left) {
  if (width > 0 && static_cast<int>(s.size()) < width) {
    if (left) s.append(width - s.size(), ' ');
    else s.insert(0, width - s.size(), ' ');
  }
  return s;
}

// Converts a %d/%x/... argument to an int or long, as 2.7 does (floats truncate).
Value integer_arg(Value v, char type) {
  if (is_int(v) || is_long(v)) return v;
  if (is_float(v)) {
    Type* t = type_of(v);
    return t->nb_int(v);
  }
  Type* t = type_of(v);
  if (t->nb_int && (type == 'd' || type == 'i' || type == 'u')) return t->nb_int(v);
  if (type == 'd' || type == 'i' || type == 'u')
    raise_type_error("%%%c format: a number is required, not %s", type, type_name(v));
  raise_type_error("%%%c format: a number is required, not %s", type, type_name(v));
}

}  // namespace

Value str_mod(Value a, Value b) {
  if (!is_str(a)) return NotImplemented();
  std::string_view fmt = a.as<Str>()->view();
  ArgSource src{nullptr, 0};
  Value single_holder = b;
  if (is_tuple(b)) {
    src.items = b.as<Tuple>()->items;
    src.n = b.as<Tuple>()->len;
    src.single = false;
  } else {
    src.items = &single_holder;
    src.n = 1;
    src.single = true;
    Type* tb = type_of(b);
    if (tb->getitem && !is_tuple(b) && !is_str(b)) src.mapping = b;
  }
  std::string out;
  out.reserve(fmt.size() + 16);
  size_t i = 0;
  bool used_mapping = false;
  while (i < fmt.size()) {
    char c = fmt[i];
    if (c != '%') {
      size_t j = fmt.find('%', i);
      if (j == std::string_view::npos) j = fmt.size();
      out.append(fmt.substr(i, j - i));
      i = j;
      continue;
    }
    size_t start = i++;
    Value arg;
    bool have_key = false;
    if (i < fmt.size() && fmt[i] == '(') {
      if (src.mapping.is_null()) raise_type_error("format requires a mapping");
      int depth = 1;
      size_t k = ++i;
      while (i < fmt.size() && depth) {
        if (fmt[i] == '(') ++depth;
        else if (fmt[i] == ')') --depth;
        ++i;
      }
      if (depth) raise_value_error("incomplete format key");
      Value key = Value(str_new(fmt.substr(k, i - 1 - k)));
      arg = getitem(src.mapping, key);
      have_key = true;
      used_mapping = true;
    }
    internal::PrintfFlags flags;
    for (; i < fmt.size(); ++i) {
      char f = fmt[i];
      if (f == '-') flags.left = true;
      else if (f == '+') flags.plus = true;
      else if (f == ' ') flags.space = true;
      else if (f == '#') flags.alt = true;
      else if (f == '0') flags.zero = true;
      else break;
    }
    int width = -1, prec = -1;
    if (i < fmt.size() && fmt[i] == '*') {
      Value w = src.take();
      if (!is_int(w)) raise_type_error("* wants int");
      width = static_cast<int>(int_value(w));
      if (width < 0) {
        flags.left = true;
        width = -width;
      }
      ++i;
    } else {
      while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
        width = (width < 0 ? 0 : width) * 10 + (fmt[i] - '0');
        ++i;
      }
    }
    if (i < fmt.size() && fmt[i] == '.') {
      ++i;
      prec = 0;
      if (i < fmt.size() && fmt[i] == '*') {
        Value p = src.take();
        if (!is_int(p)) raise_type_error("* wants int");
        prec = static_cast<int>(int_value(p));
        if (prec < 0) prec = 0;
        ++i;
      } else {
        while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
          prec = prec * 10 + (fmt[i] - '0');
          ++i;
        }
      }
    }
    while (i < fmt.size() && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;
    if (i >= fmt.size()) raise_value_error("incomplete format");
    char type = fmt[i++];
    if (type == '%') {
      out += '%';
      continue;
    }
    if (!have_key) arg = src.take();
    switch (type) {
      case 's':
      case 'r': {
        Str* s = type == 's' ? to_str(arg) : repr(arg);
        std::string text(s->view());
        if (prec >= 0 && static_cast<size_t>(prec) < text.size()) text.resize(prec);
        out += pad(std::move(text), width, flags.left);
        break;
      }
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
        Value n = integer_arg(arg, type);
        char t = (type == 'i' || type == 'u') ? 'd' : type;
        if (is_int(n)) out += internal::format_int_printf(int_value(n), t, prec, flags, width);
        else out += internal::format_long_printf(n.as<Long>()->z, t, prec, flags, width);
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double d;
        if (!as_double(arg, &d)) {
          Type* t = type_of(arg);
          if (t->nb_float) d = t->nb_float(arg).as<Float>()->v;
          else raise_type_error("float argument required, not %s", type_name(arg));
        }
        out += internal::format_float_printf(d, type, prec, flags, width);
        break;
      }
      case 'c': {
        if (is_int(arg)) {
          out += internal::format_char_printf(int_value(arg), flags, width);
        } else if (is_str(arg) && arg.as<Str>()->len == 1) {
          out += pad(std::string(arg.as<Str>()->view()), width, flags.left);
        } else {
          raise_type_error("%%c requires int or char");
        }
        break;
      }
      default: {
        char buf[96];
        std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu",
                      (type >= 32 && type < 127) ? type : '?', static_cast<unsigned char>(type), i - 1);
        raise_value_error("%s", buf);
      }
    }
    (void)start;
  }
  if (!used_mapping && src.next < src.n && !(src.single && !src.mapping.is_null()))
    raise_type_error("not all arguments converted during string formatting");
  return Value(str_new(out));
}

}  // namespace pytrans::rt
