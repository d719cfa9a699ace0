// SPDX-License-Identifier: Apache-2.0
//
// Table-driven runtime tests: one row is {op, operand expressions, expected},
// produced by a tests/runtime/vectors/gen_<type>.py script under CPython
// 2.7.18 (the rows' meaning is defined once, in vectors/optable.py, and
// mirrored here). The expected text is repr(result), or "Type: str(exc)" when
// the operation raised.
//
// Operands are small Python expressions, parsed here and built through the
// runtime itself: literals (ints, longs with L, floats, 'str', u'unicode',
// tuples, lists, dicts, None/True/False), names of builtins (int, ValueError,
// xrange...), calls with positional and keyword arguments, attribute access,
// subscripts and unary minus. So `slice(1, None, -2)` or `IOError(2, 'x')`
// reach the same constructors a compiled program calls.
//
// An op names the operation applied to the operands, through ops.h where a
// compiled program uses it:
//   + - * / // % ** << >> & | ^ truediv     binary_op
//   += -= *= ... (any binary op then =)     inplace_op
//   neg pos ~ not truth                     unary ops, truth()
//   < <= == != > >= in                      compare / contains (a in b)
//   repr str hash len                       ops.h repr / to_str / hash / len
//   [] [:]                                  getitem / getslice (None = omitted)
//   .name                                   getattr
//   .name()                                 call_method(a0, name, rest...)
//   =.name                                  setattr(a0, name, a1), result a0
//   value                                   a0 itself
//   call                                    a0(rest...)
//   nextN                                   N calls of next(): a list of the
//                                           items, 'StopIteration' at the end
//   any other identifier                    the builtin of that name, called
// Ops chain with " | ": later stages get the previous result as the only
// operand ("iter | next3").
#pragma once

#include <gtest/gtest.h>

#include <cctype>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/ops.h"
#include "core/raise.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode.h"
#include "rt_testing.h"

namespace pytrans::rt::op_table {

// One row of a generated .inc file. Plain pointers keep the tables constant
// data (no dynamic initializer per row at -O0).
struct Row {
  const char* op;
  const char* args[4];
  const char* expected;
};

inline Value builtin(std::string_view name) { return getattr(Value(builtins_module()), str_intern(name)); }

// ---- operand expressions ----
class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  Value parse() {
    Value v = expr();
    skip_ws();
    if (pos_ != s_.size()) fail("trailing text");
    return v;
  }

 private:
  std::string_view s_;
  size_t pos_ = 0;

  [[noreturn]] void fail(const char* what) {
    throw std::runtime_error(std::string("op_table: ") + what + " at " + std::to_string(pos_) + " in " +
                             std::string(s_));
  }
  void skip_ws() {
    while (pos_ < s_.size() && s_[pos_] == ' ') ++pos_;
  }
  bool eat(char c) {
    skip_ws();
    if (pos_ < s_.size() && s_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  void expect(char c) {
    if (!eat(c)) fail("expected punctuation");
  }
  char peek() {
    skip_ws();
    return pos_ < s_.size() ? s_[pos_] : '\0';
  }
  static bool ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

  Value expr() {
    Value v = atom();
    for (;;) {
      if (eat('.')) {
        v = getattr(v, str_intern(ident()));
      } else if (peek() == '(') {
        ++pos_;
        v = call_args(v);
      } else if (eat('[')) {
        Value k = expr();
        expect(']');
        v = getitem(v, k);
      } else {
        return v;
      }
    }
  }

  std::string ident() {
    skip_ws();
    size_t b = pos_;
    while (pos_ < s_.size() && ident_char(s_[pos_])) ++pos_;
    if (b == pos_) fail("expected a name");
    return std::string(s_.substr(b, pos_ - b));
  }

  // After '(' of a call: positional then keyword arguments.
  Value call_args(Value f) {
    std::vector<Value> pos, kwv;
    std::vector<Value> names;
    while (!eat(')')) {
      size_t save = pos_;
      skip_ws();
      bool keyword = false;
      if (pos_ < s_.size() && (std::isalpha(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '_')) {
        std::string n = ident();
        if (peek() == '=' && (pos_ + 1 >= s_.size() || s_[pos_ + 1] != '=')) {
          ++pos_;
          names.push_back(Value(str_intern(n)));
          kwv.push_back(expr());
          keyword = true;
        } else {
          pos_ = save;
        }
      }
      if (!keyword) pos.push_back(expr());
      if (!eat(',')) {
        expect(')');
        break;
      }
    }
    size_t npos = pos.size();
    pos.insert(pos.end(), kwv.begin(), kwv.end());
    Tuple* kw = names.empty() ? nullptr : tuple_from(names.data(), names.size());
    return call_v(f, pos.data(), npos, kw);
  }

  // Items up to the closing bracket; *trailing_comma tells "(1,)" from "(1)".
  std::vector<Value> items(char close, bool* trailing_comma) {
    std::vector<Value> out;
    *trailing_comma = false;
    while (!eat(close)) {
      out.push_back(expr());
      *trailing_comma = eat(',');
      if (!*trailing_comma) {
        expect(close);
        break;
      }
    }
    return out;
  }

  Value atom() {
    char c = peek();
    if (c == '(') {
      ++pos_;
      bool comma;
      std::vector<Value> v = items(')', &comma);
      if (v.size() == 1 && !comma) return v[0];
      return Value(tuple_from(v.data(), v.size()));
    }
    if (c == '[') {
      ++pos_;
      bool comma;
      List* l = list_new();
      for (Value x : items(']', &comma)) list_append(l, x);
      return Value(l);
    }
    if (c == '{') {
      ++pos_;
      Dict* d = dict_new();
      while (!eat('}')) {
        Value k = expr();
        expect(':');
        dict_set(d, k, expr());
        if (!eat(',')) {
          expect('}');
          break;
        }
      }
      return Value(d);
    }
    if (c == '\'' || c == '"') return string(false);
    if ((c == 'u' || c == 'U') && pos_ + 1 < s_.size() && (s_[pos_ + 1] == '\'' || s_[pos_ + 1] == '"')) {
      ++pos_;
      return string(true);
    }
    if (c == '-' || c == '.' || std::isdigit(static_cast<unsigned char>(c))) return number();
    std::string name = ident();
    if (name == "None") return None();
    if (name == "True") return True();
    if (name == "False") return False();
    return builtin(name);
  }

  // Numbers as repr() prints them: 12, -3L, 1.5, -1e+300, 2j. Built by
  // int()/long()/float()/complex() on the text, so a long literal is a long.
  Value number() {
    size_t b = pos_;
    if (s_[pos_] == '-') ++pos_;
    while (pos_ < s_.size()) {
      char c = s_[pos_];
      bool sign_after_e = (c == '+' || c == '-') && (s_[pos_ - 1] == 'e' || s_[pos_ - 1] == 'E');
      if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || sign_after_e)) break;
      ++pos_;
    }
    std::string text(s_.substr(b, pos_ - b));
    if (text == "-") {  // unary minus on a non-literal
      return neg(expr());
    }
    char last = text.back();
    if (last == 'L' || last == 'l') return call(builtin("long"), Value(str_new(text.substr(0, text.size() - 1))));
    if (last == 'j' || last == 'J') return call(builtin("complex"), Value(str_new(text)));
    bool is_float = text.find_first_of(".eE") != std::string::npos && text.find_first_of("xX") == std::string::npos;
    if (is_float) return call(builtin("float"), Value(str_new(text)));
    if (text.size() > 1 && text[text.size() > 1 && text[0] == '-' ? 1 : 0] == '0' && text.find_first_of("xXoObB") != std::string::npos)
      return call(builtin("int"), Value(str_new(text)), small_int(0));
    return call(builtin("int"), Value(str_new(text)));
  }

  static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  uint32_t hex_digits(int n) {
    uint32_t v = 0;
    for (int i = 0; i < n; ++i) {
      if (pos_ >= s_.size() || hexval(s_[pos_]) < 0) fail("bad \\x escape");
      v = v * 16 + hexval(s_[pos_++]);
    }
    return v;
  }

  // The escapes repr() emits: \\ \' \" \n \r \t \xNN, and \uNNNN \UNNNNNNNN
  // in unicode.
  Value string(bool uni) {
    char q = s_[pos_++];
    std::u32string out;
    for (;;) {
      if (pos_ >= s_.size()) fail("unterminated string");
      char c = s_[pos_++];
      if (c == q) break;
      if (c != '\\') {
        out.push_back(static_cast<unsigned char>(c));
        continue;
      }
      char e = s_[pos_++];
      switch (e) {
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case '0': out.push_back('\0'); break;
        case 'x': out.push_back(hex_digits(2)); break;
        case 'u':
          if (!uni) fail("\\u in a str");
          out.push_back(hex_digits(4));
          break;
        case 'U':
          if (!uni) fail("\\U in a str");
          out.push_back(hex_digits(8));
          break;
        default: out.push_back(static_cast<unsigned char>(e)); break;
      }
    }
    if (uni) return Value(unicode_new(out));
    std::string bytes(out.begin(), out.end());
    return Value(str_new(bytes));
  }
};

inline Value parse(std::string_view spec) { return Parser(spec).parse(); }

// ---- operations ----
struct BinOp {
  const char* name;
  NumberSlot slot;
};
inline constexpr BinOp kBinOps[] = {
    {"+", kNbAdd},     {"-", kNbSub},        {"*", kNbMul},      {"/", kNbDiv},     {"//", kNbFloorDiv},
    {"%", kNbMod},     {"**", kNbPow},       {"<<", kNbLshift},  {">>", kNbRshift}, {"&", kNbAnd},
    {"|", kNbOr},      {"^", kNbXor},        {"truediv", kNbTrueDiv},
};
struct CmpOp {
  const char* name;
  CompareOp op;
};
inline constexpr CmpOp kCmpOps[] = {{"<", kLt}, {"<=", kLe}, {"==", kEq}, {"!=", kNe}, {">", kGt}, {">=", kGe}};

inline Value binary(Value a, Value b, NumberSlot slot) {
  switch (slot) {  // the inline fast paths a compiled program uses
    case kNbAdd: return add(a, b);
    case kNbSub: return sub(a, b);
    case kNbMul: return mul(a, b);
    case kNbDiv: return div(a, b);
    case kNbFloorDiv: return floordiv(a, b);
    case kNbMod: return mod(a, b);
    case kNbAnd: return bit_and(a, b);
    case kNbOr: return bit_or(a, b);
    case kNbXor: return bit_xor(a, b);
    default: return binary_op(a, b, slot);
  }
}

inline Value apply_one(std::string_view op, const std::vector<Value>& a) {
  auto arg = [&](size_t i) {
    if (i >= a.size()) throw std::runtime_error("op_table: too few operands for " + std::string(op));
    return a[i];
  };
  for (const BinOp& b : kBinOps) {
    if (op == b.name) return binary(arg(0), arg(1), b.slot);
    if (op.size() == std::strlen(b.name) + 1 && op.back() == '=' && op.substr(0, op.size() - 1) == b.name)
      return inplace_op(arg(0), arg(1), b.slot);
  }
  for (const CmpOp& c : kCmpOps)
    if (op == c.name) return compare(arg(0), arg(1), c.op);
  if (op == "in") return from_bool(contains(arg(1), arg(0)));
  if (op == "neg") return neg(arg(0));
  if (op == "pos") return pos(arg(0));
  if (op == "~") return invert(arg(0));
  if (op == "not") return not_(arg(0));
  if (op == "truth") return from_bool(truth(arg(0)));
  if (op == "repr") return Value(repr(arg(0)));
  if (op == "str") return Value(to_str(arg(0)));
  if (op == "hash") return make_int(hash(arg(0)));
  if (op == "len") return make_int(len(arg(0)));
  if (op == "[]") return getitem(arg(0), arg(1));
  if (op == "[:]") {
    Value lo = is_none(arg(1)) ? Value() : arg(1), hi = is_none(arg(2)) ? Value() : arg(2);
    return getslice(arg(0), lo, hi);
  }
  if (op == "value") return arg(0);
  if (op == "call") return call_v(arg(0), a.data() + 1, a.size() - 1);
  if (op.substr(0, 2) == "=.") {
    setattr(arg(0), str_intern(op.substr(2)), arg(1));
    return arg(0);
  }
  if (op.size() > 3 && op[0] == '.' && op.substr(op.size() - 2) == "()")
    return call_method_v(arg(0), str_intern(op.substr(1, op.size() - 3)), a.data() + 1, a.size() - 1);
  if (op[0] == '.') return getattr(arg(0), str_intern(op.substr(1)));
  if (op.substr(0, 4) == "next" && op.size() > 4) {
    int n = std::stoi(std::string(op.substr(4)));
    List* out = list_new();
    Value it = arg(0);
    for (int i = 0; i < n; ++i) {
      Value x = next(it);
      if (x.is_null()) {
        list_append(out, Value(str_new("StopIteration")));
        break;
      }
      list_append(out, x);
    }
    return Value(out);
  }
  return call_v(builtin(op), a.data(), a.size());
}

inline std::string run_unguarded(const Row& r) {
  try {
    std::vector<Value> a;
    for (const char* s : r.args)
      if (s) a.push_back(parse(s));
    std::string_view ops = r.op;
    for (;;) {
      size_t bar = ops.find(" | ");
      Value v = apply_one(ops.substr(0, bar), a);
      if (bar == std::string_view::npos) return testing_support::repr_of(v);
      ops = ops.substr(bar + 3);
      a.assign(1, v);
    }
  } catch (PyException& e) {
    return std::string(type_short_name(e.exc)) + ": " + std::string(to_str(e.exc)->view());
  }
}

// Runs one row; returns repr(result) or "Type: message".
inline std::string run(const Row& r) {
  try {
    return run_unguarded(r);
  } catch (std::exception& e) {
    return std::string("C++ exception: ") + e.what();
  }
}

inline std::string describe(const Row& r) {
  std::string s = r.op;
  for (const char* a : r.args)
    if (a) s += std::string(" ") + a;
  return s;
}

// A known difference from CPython: rows with this op and, if given, this
// last operand and this first operand. The test names the reason beside the
// entry.
struct Known {
  const char* op;
  const char* last = nullptr;
  const char* first = nullptr;
  bool matches(const Row& r) const {
    if (std::strcmp(op, r.op) != 0) return false;
    const char* l = nullptr;
    for (const char* a : r.args)
      if (a) l = a;
    if (last && !(l && std::strcmp(l, last) == 0)) return false;
    return !first || (r.args[0] && std::strcmp(r.args[0], first) == 0);
  }
};

// Checks every row; returns how many ran. A known difference must still
// show in at least one of the rows it covers, so a fix shows up here and its
// entry gets deleted.
template <size_t N>
size_t check_rows(const Row (&rows)[N], std::initializer_list<Known> known = {}) {
  std::vector<int> still_differs(known.size(), 0), covered(known.size(), 0);
  for (const Row& r : rows) {
    std::string got = run(r);
    bool is_known = false;
    size_t i = 0;
    for (const Known& k : known) {
      if (k.matches(r)) {
        is_known = true;
        ++covered[i];
        if (got != r.expected) ++still_differs[i];
      }
      ++i;
    }
    if (!is_known && got != r.expected) ADD_FAILURE() << describe(r) << "\n   got: " << got << "\n  want: " << r.expected;
  }
  size_t i = 0;
  for (const Known& k : known) {
    if (covered[i] && !still_differs[i])
      ADD_FAILURE() << "known difference {\"" << k.op << "\", " << (k.last ? k.last : "-") << ", "
                    << (k.first ? k.first : "-") << "} now passes: delete it";
    ++i;
  }
  return N;
}

}  // namespace pytrans::rt::op_table
