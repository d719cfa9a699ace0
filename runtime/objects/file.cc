// SPDX-License-Identifier: Apache-2.0
// file: a thin object over C stdio, enough for sys.std* and open().
//
// The print statement goes through print_item/print_newline, which follow
// 2.7's softspace rules exactly (cpython27-facts.md section 8): a space is
// written before an item when the file's softspace flag is set; after an
// item the flag is set unless the item is a string ending in whitespace
// other than ' '; write() clears it. For objects that are not real files,
// print calls their write() and keeps the flag in a `softspace` attribute.
#include "objects/file.h"

#include <cerrno>
#include <cstring>
#include <string>

#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/unicode.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

Type FileType;

namespace {

File* make_file(FILE* fp, const char* name, const char* mode) {
  File* f = new_object<File>(&FileType);
  f->fp = fp;
  f->name = str_intern(name);
  f->mode = str_intern(mode);
  return f;
}

File* g_stdout;
File* g_stderr;
File* g_stdin;

[[noreturn]] void closed_error() { raise_value_error("I/O operation on closed file"); }

void file_write_bytes(File* f, std::string_view s) {
  if (f->closed) closed_error();
  if (!s.empty() && std::fwrite(s.data(), 1, s.size(), f->fp) != s.size()) {
    int e = errno;
    Value args[] = {small_int(e), Value(str_new(std::strerror(e)))};
    raise(exc_new(&IOErrorType, args, 2));
  }
}

Value m_write(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("write", nargs, 1, 1);
  File* f = self.as<File>();
  Value data = args[0];
  // unicode is encoded with the default encoding (ascii), as on a 2.7 pipe.
  if (is_unicode(data)) data = Value(unicode_to_str(data.as<Unicode>()));
  if (!is_str(data)) raise_type_error("expected a string or other character buffer object");
  f->softspace = 0;
  file_write_bytes(f, data.as<Str>()->view());
  return None();
}

Value m_writelines(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("writelines", nargs, 1, 1);
  File* f = self.as<File>();
  Value it = iter(args[0]);
  for (Value x = next(it); !x.is_null(); x = next(it)) {
    if (!is_str(x)) raise_type_error("writelines() argument must be a sequence of strings");
    file_write_bytes(f, x.as<Str>()->view());
  }
  f->softspace = 0;
  return None();
}

Value m_flush(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("flush", nargs, 0, 0);
  File* f = self.as<File>();
  if (f->closed) closed_error();
  std::fflush(f->fp);
  return None();
}

Value m_close(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("close", nargs, 0, 0);
  File* f = self.as<File>();
  if (!f->closed) {
    f->closed = true;
    if (f != g_stdout && f != g_stderr && f != g_stdin) std::fclose(f->fp);
    else std::fflush(f->fp);
  }
  return None();
}

Value m_readline(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("readline", nargs, 0, 1);
  File* f = self.as<File>();
  if (f->closed) closed_error();
  std::string line;
  int c;
  while ((c = std::fgetc(f->fp)) != EOF) {
    line += static_cast<char>(c);
    if (c == '\n') break;
  }
  (void)args;
  return Value(str_new(line));
}

Value m_read(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("read", nargs, 0, 1);
  File* f = self.as<File>();
  if (f->closed) closed_error();
  int64_t limit = nargs && !is_none(args[0]) ? int_value(args[0]) : -1;
  std::string data;
  char buf[65536];
  while (limit < 0 || static_cast<int64_t>(data.size()) < limit) {
    size_t want = sizeof buf;
    if (limit >= 0 && static_cast<int64_t>(want) > limit - static_cast<int64_t>(data.size()))
      want = limit - data.size();
    size_t n = std::fread(buf, 1, want, f->fp);
    if (n == 0) break;
    data.append(buf, n);
  }
  return Value(str_new(data));
}

Value m_readlines(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("readlines", nargs, 0, 1);
  List* l = list_new();
  for (;;) {
    Value line = m_readline(self, nullptr, 0, nullptr);
    if (line.as<Str>()->len == 0) break;
    list_append(l, line);
  }
  return Value(l);
}

Value file_iternext(Value self) {
  Value line = m_readline(self, nullptr, 0, nullptr);
  if (line.as<Str>()->len == 0) return Value();
  return line;
}
Value file_iter(Value self) {
  if (self.as<File>()->closed) closed_error();
  return self;
}

Value file_getattr(Value self, Str* name) {
  File* f = self.as<File>();
  std::string_view n = name->view();
  if (n == "softspace") return small_int(f->softspace);
  if (n == "name") return Value(f->name);
  if (n == "mode") return Value(f->mode);
  if (n == "closed") return from_bool(f->closed);
  if (n == "encoding" || n == "newlines" || n == "errors") return None();
  return generic_getattr(self, name);
}

void file_setattr(Value self, Str* name, Value v) {
  File* f = self.as<File>();
  if (name->view() == "softspace") {
    f->softspace = truth(v) ? 1 : 0;
    return;
  }
  generic_setattr(self, name, v);
}

Value file_repr(Value self) {
  File* f = self.as<File>();
  char buf[64];
  std::snprintf(buf, sizeof buf, ", mode '%s' at %p>", f->mode->data, reinterpret_cast<void*>(self.bits));
  std::string s = f->closed ? "<closed file '" : "<open file '";
  s += f->name->view();
  s += "'";
  s += buf;
  return Value(str_new(s));
}

Value file_tp_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  if (kw) raise_type_error("file() does not take keyword arguments");  // TODO(types): name=, mode=, buffering=
  check_nargs("file", nargs, 1, 3);
  if (!is_str(args[0])) raise_type_error("coercing to Unicode: need string or buffer, %s found", type_name(args[0]));
  const char* name = args[0].as<Str>()->data;
  std::string mode = nargs > 1 ? std::string(to_str(args[1])->view()) : "r";
  std::string cmode;
  for (char c : mode)
    if (c != 'U') cmode += c;
  if (cmode.empty() || (cmode[0] != 'r' && cmode[0] != 'w' && cmode[0] != 'a')) cmode.insert(0, "r");
  FILE* fp = std::fopen(name, cmode.c_str());
  if (!fp) {
    int e = errno;
    Value eargs[] = {small_int(e), Value(str_new(std::strerror(e))), args[0]};
    raise(exc_new(&IOErrorType, eargs, 3));
  }
  return Value(make_file(fp, name, mode.c_str()));
}

void register_file() {
  FileType.name = "file";
  FileType.flags = kTypeBaseOk;
  FileType.instance_size = sizeof(File);
  FileType.dict_offset = offsetof(File, dict);
  FileType.getattr = file_getattr;
  FileType.setattr = file_setattr;
  FileType.repr = file_repr;
  FileType.iter = file_iter;
  FileType.iternext = file_iternext;
  FileType.tp_new = file_tp_new;
  type_ready(&FileType, {
      {"close", m_close},
      {"flush", m_flush},
      {"read", m_read},
      {"readline", m_readline},
      {"readlines", m_readlines},
      {"write", m_write},
      {"writelines", m_writelines},
  });
}
TypeRegistrar reg(register_file);

}  // namespace

File* file_stdout() {
  if (!g_stdout) g_stdout = make_file(stdout, "<stdout>", "w");
  return g_stdout;
}
File* file_stderr() {
  if (!g_stderr) g_stderr = make_file(stderr, "<stderr>", "w");
  return g_stderr;
}
File* file_stdin() {
  if (!g_stdin) g_stdin = make_file(stdin, "<stdin>", "r");
  return g_stdin;
}

// ---- print statement ----

namespace {

Value resolve_dest(Value dest) {
  if (dest.is_null() || is_none(dest)) {
    Value sys = dict_get_str(sys_modules(), str_intern("sys"));
    if (!sys.is_null()) {
      Value out = getattr_opt(sys, str_intern("stdout"));
      if (out.is_null()) raise_msg(&RuntimeErrorType, "lost sys.stdout");
      return out;
    }
    return Value(file_stdout());
  }
  return dest;
}

bool is_real_file(Value f) { return !f.is_small_int() && f.obj()->type == &FileType; }

int get_softspace(Value f) {
  if (is_real_file(f)) return f.as<File>()->softspace;
  Value v = getattr_opt(f, str_intern("softspace"));
  return v.is_null() ? 0 : truth(v);
}

void set_softspace(Value f, int v) {
  if (is_real_file(f)) {
    f.as<File>()->softspace = v;
    return;
  }
  try {
    setattr(f, str_intern("softspace"), small_int(v));
  } catch (PyException&) {
  }
}

void write_to(Value f, Str* s) {
  if (is_real_file(f)) {
    file_write_bytes(f.as<File>(), s->view());
    return;
  }
  call_method(f, str_intern("write"), Value(s));
}

}  // namespace

void print_item(Value dest, Value x) {
  Value f = resolve_dest(dest);
  // 2.7 clears the flag and writes the separating space before converting
  // the item, so a failing str() leaves "a " behind and no pending newline.
  if (get_softspace(f)) {
    set_softspace(f, 0);
    write_to(f, str_from_char(' '));
  }
  // A file-like object gets unicode items as they are (StringIO keeps them);
  // a real file encodes them with ascii, like str().
  if (is_unicode(x) && !is_real_file(f)) {
    call_method(f, str_intern("write"), x);
    Unicode* u = x.as<Unicode>();
    char32_t last = u->len ? u->data[u->len - 1] : U' ';
    set_softspace(f, (last == '\t' || last == '\n' || last == '\v' || last == '\f' || last == '\r') ? 0 : 1);
    return;
  }
  Str* s = to_str(x);
  write_to(f, s);
  bool soft = true;
  if ((is_str(x) || is_unicode(x)) && s->len > 0) {
    unsigned char last = static_cast<unsigned char>(s->data[s->len - 1]);
    if (last != ' ' && (last == '\t' || last == '\n' || last == '\v' || last == '\f' || last == '\r')) soft = false;
  }
  set_softspace(f, soft ? 1 : 0);
}

void print_newline(Value dest) {
  Value f = resolve_dest(dest);
  write_to(f, str_from_char('\n'));
  set_softspace(f, 0);
}

void flush_std_files() {
  if (g_stdout && !g_stdout->closed) {
    if (g_stdout->softspace) {
      std::fputc('\n', g_stdout->fp);
      g_stdout->softspace = 0;
    }
    std::fflush(g_stdout->fp);
  }
  std::fflush(stdout);
  std::fflush(stderr);
}

}  // namespace pytrans::rt
