// SPDX-License-Identifier: Apache-2.0
// _pcre: the regular-expression engine under stdlib/re.py, on PCRE2.
//
// compile(pattern, flags) translates the few places where 2.7's syntax
// differs from PCRE2's (\Z is PCRE's \z; "{,n}" means "{0,n}"; inline flags
// such as "(?i)" apply to the whole pattern wherever they appear; L and u
// are accepted) and returns a Code object. A Code compiles lazily in two
// modes: bytes (for str subjects) and UTF-8 (for unicode subjects, whose
// byte offsets are mapped back to code point indexes).
//
// Code.search(s, pos, endpos, anchored) returns None or a tuple of
// 2 * (groups + 1) offsets (-1 for a group that did not take part).
// Code.scan(s, pos, endpos) returns every match the way 2.7's findall,
// finditer, sub and split walk the string: after an empty match the next
// search starts one character later, otherwise at the match's end.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>
#include <string>
#include <vector>

#include "objects/unicode.h"
#include "support.h"

namespace pytrans::rt {
namespace {

constexpr int kFlagI = 2, kFlagL = 4, kFlagM = 8, kFlagS = 16, kFlagU = 32, kFlagX = 64;

Value g_error;

[[noreturn]] void re_error(const std::string& msg) { raise(call(g_error, stdlib::str_val(msg))); }

struct Code : Object {
  Value pattern;
  int flags;
  std::string* translated;  // the PCRE2 pattern as UTF-8 / bytes
  pcre2_code* bytes_code;
  pcre2_code* utf_code;
  int64_t groups;
  Dict* groupindex;
};

Type CodeType;

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xc0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3f));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xe0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (c & 0x3f));
  } else {
    out += static_cast<char>(0xf0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3f));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (c & 0x3f));
  }
}

std::string to_utf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : s) append_utf8(out, c);
  return out;
}

bool is_flag_char(char c) { return c == 'i' || c == 'L' || c == 'm' || c == 's' || c == 'u' || c == 'x'; }

// 2.7 syntax -> PCRE2 syntax; collects global inline flags into *flags.
std::string translate(std::string_view p, int* flags) {
  std::string out;
  size_t i = 0, n = p.size();
  bool in_class = false;
  while (i < n) {
    char c = p[i];
    if (c == '\\' && i + 1 < n) {
      char d = p[i + 1];
      if (d == 'Z' && !in_class) out += "\\z";
      else {
        out += c;
        out += d;
      }
      i += 2;
      continue;
    }
    if (in_class) {
      if (c == ']') in_class = false;
      out += c;
      ++i;
      continue;
    }
    if (c == '[') {
      in_class = true;
      out += c;
      ++i;
      // a ']' (or '^]') right after '[' is a literal
      if (i < n && p[i] == '^') out += p[i++];
      if (i < n && p[i] == ']') out += p[i++];
      continue;
    }
    if (c == '(' && i + 2 < n && p[i + 1] == '?' && is_flag_char(p[i + 2])) {
      size_t j = i + 2;
      while (j < n && is_flag_char(p[j])) ++j;
      if (j < n && p[j] == ')') {
        for (size_t k = i + 2; k < j; ++k) {
          switch (p[k]) {
            case 'i': *flags |= kFlagI; break;
            case 'L': *flags |= kFlagL; break;
            case 'm': *flags |= kFlagM; break;
            case 's': *flags |= kFlagS; break;
            case 'u': *flags |= kFlagU; break;
            case 'x': *flags |= kFlagX; break;
          }
        }
        i = j + 1;
        continue;
      }
    }
    if (c == '{' && i + 1 < n && p[i + 1] == ',') {
      size_t j = i + 2;
      while (j < n && p[j] >= '0' && p[j] <= '9') ++j;
      if (j > i + 2 && j < n && p[j] == '}') {
        out += "{0";
        ++i;
        continue;
      }
    }
    out += c;
    ++i;
  }
  return out;
}

std::string error_text(int errcode) {
  switch (errcode) {
    case 114: case 122: return "unbalanced parenthesis";
    case 109: return "nothing to repeat";
    case 106: return "unexpected end of regular expression";
    case 101: return "bogus escape (end of line)";
    case 115: return "invalid group reference";
    case 143: return "redefinition of group name";
    default: {
      PCRE2_UCHAR buf[256];
      pcre2_get_error_message(errcode, buf, sizeof buf);
      return reinterpret_cast<const char*>(buf);
    }
  }
}

pcre2_code* compile_mode(Code* c, bool utf) {
  uint32_t opts = 0;
  if (c->flags & kFlagI) opts |= PCRE2_CASELESS;
  if (c->flags & kFlagM) opts |= PCRE2_MULTILINE;
  if (c->flags & kFlagS) opts |= PCRE2_DOTALL;
  if (c->flags & kFlagX) opts |= PCRE2_EXTENDED;
  if (utf) {
    opts |= PCRE2_UTF | PCRE2_NO_UTF_CHECK;
    if (c->flags & kFlagU) opts |= PCRE2_UCP;
  }
  int errcode;
  PCRE2_SIZE erroff;
  const std::string& pat = *c->translated;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pat.data()), pat.size(), opts, &errcode, &erroff,
                                   nullptr);
  if (!code) re_error(error_text(errcode));
  pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
  return code;
}

Value code_compile(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("compile", nargs, 2, 2);
  Value pat = args[0];
  int flags = static_cast<int>(stdlib::to_i64(args[1]));
  std::string raw;
  if (is_str(pat)) raw = std::string(pat.as<Str>()->view());
  else if (is_unicode(pat)) raw = to_utf8(pat.as<Unicode>()->view());
  else raise_type_error("first argument must be string or compiled pattern");
  Code* c = new_object<Code>(&CodeType);
  c->pattern = pat;
  c->translated = new std::string(translate(raw, &flags));
  c->flags = flags;
  // Compile once now (as bytes, or UTF-8 for a unicode pattern) so that
  // syntax errors surface at compile() time.
  bool utf = is_unicode(pat);
  pcre2_code* code = compile_mode(c, utf);
  if (utf) c->utf_code = code;
  else c->bytes_code = code;
  uint32_t count = 0;
  pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &count);
  c->groups = count;
  c->groupindex = dict_new();
  uint32_t namecount = 0, entrysize = 0;
  PCRE2_SPTR table = nullptr;
  pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &namecount);
  pcre2_pattern_info(code, PCRE2_INFO_NAMEENTRYSIZE, &entrysize);
  pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, &table);
  for (uint32_t i = 0; i < namecount; ++i) {
    PCRE2_SPTR e = table + i * entrysize;
    int num = (e[0] << 8) | e[1];
    dict_set(c->groupindex, stdlib::str_val(reinterpret_cast<const char*>(e + 2)), make_int(num));
  }
  return Value(c);
}

// A subject prepared for matching: bytes, plus the code point index of
// every byte offset when it is UTF-8 from a unicode string.
struct Subject {
  std::string utf8;
  std::string_view bytes;
  std::vector<int64_t> char_of;  // byte offset -> char index (utf only)
  std::vector<int64_t> byte_of;  // char index -> byte offset (utf only)
  bool utf = false;
  int64_t nchars = 0;

  int64_t to_byte(int64_t ci) const { return utf ? byte_of[ci] : ci; }
  int64_t to_char(int64_t bi) const { return utf ? char_of[bi] : bi; }
};

void prepare(Value s, Subject* sub) {
  if (is_str(s)) {
    sub->bytes = s.as<Str>()->view();
    sub->nchars = static_cast<int64_t>(sub->bytes.size());
    return;
  }
  if (!is_unicode(s)) raise_type_error("expected string or buffer");
  std::u32string_view u = s.as<Unicode>()->view();
  sub->utf = true;
  sub->nchars = static_cast<int64_t>(u.size());
  sub->byte_of.resize(u.size() + 1);
  for (size_t i = 0; i < u.size(); ++i) {
    sub->byte_of[i] = static_cast<int64_t>(sub->utf8.size());
    append_utf8(sub->utf8, u[i]);
  }
  sub->byte_of[u.size()] = static_cast<int64_t>(sub->utf8.size());
  sub->char_of.assign(sub->utf8.size() + 1, 0);
  for (size_t i = 0; i <= u.size(); ++i) sub->char_of[sub->byte_of[i]] = static_cast<int64_t>(i);
  sub->bytes = sub->utf8;
}

pcre2_code* code_for(Code* c, bool utf) {
  if (utf) {
    if (!c->utf_code) c->utf_code = compile_mode(c, true);
    return c->utf_code;
  }
  if (!c->bytes_code) c->bytes_code = compile_mode(c, false);
  return c->bytes_code;
}

// One search from char offset `pos`; fills spans (char offsets). False if none.
bool search_once(Code* c, pcre2_code* code, pcre2_match_data* md, const Subject& s, int64_t pos, int64_t endpos,
                 bool anchored, std::vector<int64_t>* spans) {
  uint32_t opts = anchored ? PCRE2_ANCHORED : 0;
  if (s.utf) opts |= PCRE2_NO_UTF_CHECK;
  int64_t bend = s.to_byte(endpos), bpos = s.to_byte(pos);
  int rc = pcre2_match(code, reinterpret_cast<PCRE2_SPTR>(s.bytes.data()), static_cast<PCRE2_SIZE>(bend),
                       static_cast<PCRE2_SIZE>(bpos), opts, md, nullptr);
  if (rc == PCRE2_ERROR_JIT_STACKLIMIT)
    rc = pcre2_match(code, reinterpret_cast<PCRE2_SPTR>(s.bytes.data()), static_cast<PCRE2_SIZE>(bend),
                     static_cast<PCRE2_SIZE>(bpos), opts | PCRE2_NO_JIT, md, nullptr);
  if (rc == PCRE2_ERROR_NOMATCH) return false;
  if (rc < 0) {
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT)
      raise_msg(&RuntimeErrorType, "maximum recursion limit exceeded");
    re_error(error_text(rc));
  }
  PCRE2_SIZE* ov = pcre2_get_ovector_pointer(md);
  uint32_t npairs = pcre2_get_ovector_count(md);
  spans->assign(static_cast<size_t>(2 * (c->groups + 1)), -1);
  for (int64_t g = 0; g <= c->groups && static_cast<uint32_t>(g) < npairs; ++g) {
    if (g >= rc || ov[2 * g] == PCRE2_UNSET) continue;
    (*spans)[2 * g] = s.to_char(static_cast<int64_t>(ov[2 * g]));
    (*spans)[2 * g + 1] = s.to_char(static_cast<int64_t>(ov[2 * g + 1]));
  }
  return true;
}

Value spans_tuple(const std::vector<int64_t>& spans) {
  Tuple* t = tuple_new(spans.size());
  for (size_t i = 0; i < spans.size(); ++i) t->items[i] = make_int(spans[i]);
  return Value(t);
}

void clamp(const Subject& s, int64_t* pos, int64_t* endpos) {
  if (*pos < 0) *pos = 0;
  if (*pos > s.nchars) *pos = s.nchars;
  if (*endpos < 0) *endpos = 0;
  if (*endpos > s.nchars) *endpos = s.nchars;
}

struct MatchData {
  pcre2_match_data* md;
  explicit MatchData(pcre2_code* code) : md(pcre2_match_data_create_from_pattern(code, nullptr)) {}
  ~MatchData() { pcre2_match_data_free(md); }
};

Value code_search(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("search", nargs, 4, 4);
  Code* c = self.as<Code>();
  Subject s;
  prepare(args[0], &s);
  int64_t pos = stdlib::to_i64(args[1]), endpos = stdlib::to_i64(args[2]);
  clamp(s, &pos, &endpos);
  if (pos > endpos) return None();
  pcre2_code* code = code_for(c, s.utf);
  MatchData m(code);
  std::vector<int64_t> spans;
  if (!search_once(c, code, m.md, s, pos, endpos, truth(args[3]), &spans)) return None();
  return spans_tuple(spans);
}

Value code_scan(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("scan", nargs, 3, 3);
  Code* c = self.as<Code>();
  Subject s;
  prepare(args[0], &s);
  int64_t pos = stdlib::to_i64(args[1]), endpos = stdlib::to_i64(args[2]);
  clamp(s, &pos, &endpos);
  List* out = list_new();
  pcre2_code* code = code_for(c, s.utf);
  MatchData m(code);
  std::vector<int64_t> spans;
  int64_t start = pos;
  while (start <= endpos) {
    if (!search_once(c, code, m.md, s, start, endpos, false, &spans)) break;
    list_append(out, spans_tuple(spans));
    start = spans[1] == spans[0] ? spans[1] + 1 : spans[1];
  }
  return Value(out);
}

Value code_groups(Value, const Value* args, size_t, Tuple*) { return make_int(args[0].as<Code>()->groups); }
// A fresh dict with the names inserted in group order, as sre_parse builds
// it (the insertion order decides the dict's iteration order).
Value code_groupindex(Value, const Value* args, size_t, Tuple*) {
  Code* c = args[0].as<Code>();
  std::vector<std::pair<int64_t, Value>> names;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(c->groupindex, &pos, &k, &v)) names.emplace_back(int_value(v), k);
  std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  Dict* d = dict_new();
  for (auto& [num, name] : names) dict_set(d, name, make_int(num));
  return Value(d);
}
Value code_flags(Value, const Value* args, size_t, Tuple*) { return make_int(args[0].as<Code>()->flags); }

void register_pcre() {
  CodeType.name = "_pcre.Code";
  type_ready(&CodeType, {{"scan", code_scan}, {"search", code_search}});
}
TypeRegistrar treg(register_pcre);

void init_pcre(Module* m) {
  if (g_error.is_null()) {
    Dict* ns = dict_new();
    dict_set(ns, Value(str_intern("__module__")), stdlib::str_val("sre_constants"));
    g_error = call(Value(&TypeType), stdlib::str_val("error"), Value(tuple_of({Value(&ExceptionType)})), Value(ns));
    stdlib::type_add_getter(&CodeType, "groups", code_groups);
    stdlib::type_add_getter(&CodeType, "groupindex", code_groupindex);
    stdlib::type_add_getter(&CodeType, "flags", code_flags);
  }
  stdlib::mod_set(m, "error", g_error);
  stdlib::mod_fns(m, {{"compile", code_compile}});
}

NativeModule reg("_pcre", init_pcre);

}  // namespace
}  // namespace pytrans::rt
