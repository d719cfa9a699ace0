// SPDX-License-Identifier: Apache-2.0
// file: Python 2.7's file type over C stdio, plus raw_input and the print
// statement's softspace protocol.
//
// 2.7's file object is a FILE* with a few flags, and much of its observable
// behaviour is glibc's: buffering (the buffering argument goes to setvbuf),
// read/write switching on "r+" files, the errno of a failed call. So this
// file makes the same stdio calls 2.7 makes (fread for read(), getc for
// readline(), fwrite, fseeko, ftruncate) and inherits that behaviour rather
// than re-creating it.
//
// What 2.7 adds on top, and we copy:
//  * readable/writable flags from the mode string: "File not open for
//    reading" is an IOError without errno. They come from the letters, not
//    from what fopen allowed: mode "rw" opens read-only yet counts as
//    writable, so write() then fails in fwrite with [Errno 9].
//  * universal newlines ('U'): reads translate "\r\n" and "\r" to "\n" and
//    record which kinds were seen (the newlines attribute). A '\r' at the end
//    of a read leaves skip_next_lf set, so a following '\n' is swallowed by
//    the next read, or counted by tell().
//  * iteration reads ahead in chunks of 8192 bytes (growing by a quarter for
//    longer lines); read methods refuse to run while read-ahead data is
//    pending ("Mixing iteration and read methods would lose data"), and
//    tell() does not count it. seek() drops it.
//
// Files are closed by a GC finalizer when they become garbage (2.7 closes
// them when the last reference goes). Running out of descriptors in open()
// collects and retries once, so loops like `for p in paths: open(p).read()`
// do not die of EMFILE.
//
// The print statement goes through print_item/print_newline, which follow
// 2.7's softspace rules exactly (cpython27-facts.md section 8): a space is
// written before an item when the file's softspace flag is set; after an
// item the flag is set unless the item is a string ending in whitespace
// other than ' '; write() clears it. For objects that are not real files,
// print calls their write() and keeps the flag in a `softspace` attribute.
#include "objects/file.h"

#include <langinfo.h>
#include <gc.h>
#include <gmp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <clocale>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

#include "core/gc.h"
#include "core/objlock.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/bytearray.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/long.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode.h"

namespace pytrans::rt {

Type FileType;

// ---- pure helpers (internal, unit-tested) ----

namespace internal {

FileMode parse_file_mode(std::string_view mode) {
  FileMode m;
  if (mode.empty()) {
    m.error = "empty mode string";
    return m;
  }
  std::string s(mode);
  size_t u = s.find('U');
  if (u != std::string::npos) {
    // Only the first 'U' is removed, as in 2.7; the mode must then be a
    // reading one, in binary so that stdio does no translation of its own.
    s.erase(u, 1);
    if (!s.empty() && (s[0] == 'w' || s[0] == 'a')) {
      m.error = "universal newline mode can only be used with modes starting with 'r'";
      return m;
    }
    if (s.empty() || s[0] != 'r') s.insert(0, "r");
    if (s.find('b') == std::string::npos) s.insert(1, "b");
    m.universal = true;
  } else if (s[0] != 'r' && s[0] != 'w' && s[0] != 'a') {
    m.error = "mode string must begin with one of 'r', 'w', 'a' or 'U', not '" + s + "'";
    return m;
  }
  m.fopen_mode = s;
  auto has = [&](char c) { return mode.find(c) != std::string_view::npos; };
  m.readable = has('r') || m.universal;
  m.writable = has('w') || has('a');
  if (has('+')) m.readable = m.writable = true;
  m.binary = has('b');
  return m;
}

size_t translate_newlines(const char* src, size_t n, char* dst, NewlineState* st) {
  size_t out = 0;
  for (size_t i = 0; i < n; ++i) {
    char c = src[i];
    if (c == '\r') {
      dst[out++] = '\n';
      st->skip_next_lf = true;
    } else if (st->skip_next_lf && c == '\n') {
      st->skip_next_lf = false;
      st->seen |= kNewlineCRLF;
    } else {
      if (c == '\n') st->seen |= kNewlineLF;
      else if (st->skip_next_lf) st->seen |= kNewlineCR;
      st->skip_next_lf = false;
      dst[out++] = c;
    }
  }
  return out;
}

}  // namespace internal

using internal::kNewlineCR;
using internal::kNewlineCRLF;
using internal::kNewlineLF;

namespace {

constexpr size_t kReadAhead = 8192;  // 2.7's READAHEAD_BUFSIZE
constexpr size_t kSmallChunk = 8192;
constexpr size_t kDirectReadMax = 16u << 20;  // read(n) allocates n up front below this

File* g_stdout;
File* g_stderr;
File* g_stdin;

// ---- errors ----

[[noreturn]] void closed_error() { raise_value_error("I/O operation on closed file"); }

[[noreturn]] void mode_error(const char* action) { raise_fmt(&IOErrorType, "File not open for %s", action); }

[[noreturn]] void errno_error(int e, Value filename = Value()) {
  Value args[] = {small_int(e), Value(str_new(std::strerror(e))), filename};
  raise(exc_new(&IOErrorType, args, filename.is_null() ? 2 : 3));
}

// A failed stdio call: IOError from errno, and the stream's error flag reset
// so that the next call starts clean (2.7 does the same).
[[noreturn]] void stream_error(File* f) {
  int e = errno ? errno : EIO;
  std::clearerr(f->fp);
  errno_error(e);
}

File* open_file(Value self) {
  File* f = self.as<File>();
  if (!f->fp) closed_error();
  return f;
}

// Holds the stream's stdio lock (recursive, per OS thread) for one whole
// method, so that threads sharing a file see its read-ahead and newline state
// change atomically, as they did under 2.7's GIL. No Python code runs while
// it is held, so no fiber switch can happen inside. Until a second thread
// can run Python code (core/objlock.h) there is nothing to exclude, and the
// lock, measurable on a loop over a file's lines, is skipped.
class StreamLock {
 public:
  explicit StreamLock(FILE* fp) : fp_(fp), held_(nogil_threads()) {
    if (held_) flockfile(fp_);
  }
  explicit StreamLock(File* f) : StreamLock(f->fp) {}
  ~StreamLock() {
    if (held_) funlockfile(fp_);
  }
  StreamLock(const StreamLock&) = delete;
  StreamLock& operator=(const StreamLock&) = delete;

 private:
  FILE* fp_;
  bool held_;
};

bool readahead_pending(File* f) {
  // 2.7 also looks at the buffer's first byte: a NUL there hides the rest.
  return f->ra_buf && f->ra_pos < f->ra_end && f->ra_buf[0] != '\0';
}

void drop_readahead(File* f) {
  f->ra_buf = nullptr;
  f->ra_pos = f->ra_end = 0;
}

// The checks at the top of every read method.
File* reading_file(Value self) {
  File* f = open_file(self);
  if (!f->readable) mode_error("reading");
  if (readahead_pending(f)) raise_value_error("Mixing iteration and read methods would lose data");
  return f;
}

File* writing_file(Value self) {
  File* f = open_file(self);
  if (!f->writable) mode_error("writing");
  return f;
}

// ---- argument parsing (PyArg_ParseTuple's messages) ----

void no_keywords(const char* name, Tuple* kw) {
  if (kw && kw->len) raise_type_error("%s() takes no keyword arguments", name);
}

void arity(const char* name, size_t nargs, size_t min, size_t max, Tuple* kw) {
  no_keywords(name, kw);
  if (nargs >= min && nargs <= max) return;
  if (max == 0) raise_type_error("%s() takes no arguments (%zu given)", name, nargs);
  if (nargs < min)
    raise_type_error("%s() takes at least %zu argument%s (%zu given)", name, min, min == 1 ? "" : "s", nargs);
  raise_type_error("%s() takes at most %zu argument%s (%zu given)", name, max, max == 1 ? "" : "s", nargs);
}

// An int or long that must fit a C long (format 'l' / 'i').
int64_t long_arg(Value v) {
  if (is_int(v)) return int_value(v);
  if (is_float(v)) raise_type_error("integer argument expected, got float");
  Value i = is_long(v) ? v : index_value_opt(v);
  if (i.is_null()) raise_type_error("an integer is required");
  if (is_int(i)) return int_value(i);
  if (is_long(i) && mpz_fits_slong_p(i.as<Long>()->z)) return mpz_get_si(i.as<Long>()->z);
  raise_overflow("Python int too large to convert to C long");
}

// seek()'s offset: any integer (through __index__), or a float (truncated).
int64_t offset_arg(Value v) {
  if (is_float(v)) {
    double d;
    as_double(v, &d);
    if (!(d > -9.3e18 && d < 9.3e18)) raise_overflow("Python int too large to convert to C long");
    return static_cast<int64_t>(d);
  }
  if (!is_int(v) && !is_long(v) && index_value_opt(v).is_null())
    raise_type_error("'%s' object cannot be interpreted as an index", type_name(v));
  return long_arg(v);
}

// An optional size argument: missing or None means "no limit" (-1).
int64_t size_arg(const Value* args, size_t nargs) {
  if (nargs == 0) return -1;
  return long_arg(args[0]);
}

// ---- reading ----

// fread, with universal-newline translation in 'U' mode. A '\r\n' that
// shrinks the result makes room for more, so a full request stays full.
size_t file_fread(File* f, char* dst, size_t n) {
  if (!f->universal) return std::fread(dst, 1, n, f->fp);
  internal::NewlineState st{f->skip_next_lf, f->newline_types};
  size_t out = 0;
  while (n) {
    size_t got = std::fread(dst + out, 1, n, f->fp);
    if (got == 0) break;
    n -= got;
    bool short_read = n != 0;
    size_t made = internal::translate_newlines(dst + out, got, dst + out, &st);
    n += got - made;
    out += made;
    if (short_read) {
      // A '\r' at the very end of the file is a complete newline.
      if (st.skip_next_lf && std::feof(f->fp)) st.seen |= kNewlineCR;
      break;
    }
  }
  f->skip_next_lf = st.skip_next_lf;
  f->newline_types = st.seen;
  return out;
}

// A read that got nothing: an error raises; end of file is left set (glibc
// then refuses small reads until something clears it, as under 2.7).
void check_read_error(File* f) {
  if (std::ferror(f->fp)) stream_error(f);
}

// read()'s buffer size, as 2.7 computes it: the rest of a regular file plus
// one byte, else a little more than what it has. The sizes matter: glibc
// serves small freads through its buffer and big ones straight from read(2),
// and the two differ on a pending write or a sticky end of file.
size_t read_all_size(File* f, size_t current) {
  struct stat st;
  int fd = fileno(f->fp);
  if (fstat(fd, &st) == 0) {
    off_t pos = lseek(fd, 0, SEEK_CUR);
    if (pos >= 0) pos = ftello(f->fp);
    if (pos < 0) std::clearerr(f->fp);
    if (st.st_size > pos && pos >= 0) return current + static_cast<size_t>(st.st_size - pos) + 1;
  }
  return current + (current >> 3) + 6;
}

// One line of at most `limit` bytes (0: no limit), as 2.7's get_line: getc
// until '\n' (or, for the common unlimited binary case, getdelim, which
// does the same scan inside the stdio buffer). Meeting the end of file
// clears it, so a later readline sees data appended meanwhile.
Str* get_line(File* f, size_t limit) {
  FILE* fp = f->fp;
  bool at_eof = false, failed = false;
  std::string line;
  Str* result = nullptr;
  {
    StreamLock lock(fp);
    if (!f->universal && limit == 0) {
      // getdelim's buffer is malloc memory holding bytes only, so a
      // thread_local pointer to it is fine (the collector need not see it).
      static thread_local char* buf = nullptr;
      static thread_local size_t cap = 0;
      ssize_t n = getdelim(&buf, &cap, '\n', fp);
      if (n <= 0 || buf[n - 1] != '\n') at_eof = true;
      if (n > 0) result = str_new(buf, static_cast<size_t>(n));
    } else if (!f->universal) {
      int c = 0;
      while (line.size() < limit && (c = getc_unlocked(fp)) != EOF) {
        line += static_cast<char>(c);
        if (c == '\n') break;
      }
      at_eof = c == EOF;
    } else {
      bool skip = f->skip_next_lf;
      int seen = f->newline_types;
      int c = 0;
      while (limit == 0 || line.size() < limit) {
        c = getc_unlocked(fp);
        if (c == EOF) break;
        if (skip) {
          skip = false;
          if (c == '\n') {
            seen |= kNewlineCRLF;
            c = getc_unlocked(fp);
            if (c == EOF) break;
          } else {
            seen |= kNewlineCR;
          }
        }
        if (c == '\r') {
          skip = true;
          c = '\n';
        } else if (c == '\n') {
          seen |= kNewlineLF;
        }
        line += static_cast<char>(c);
        if (c == '\n') break;
      }
      at_eof = c == EOF;
      if (at_eof && skip) seen |= kNewlineCR;
      f->skip_next_lf = skip;
      f->newline_types = seen;
    }
    failed = at_eof && ferror_unlocked(fp);
    if (at_eof && !failed) clearerr_unlocked(fp);
  }
  if (failed) stream_error(f);
  if (result) return result;
  return line.empty() ? str_intern("") : str_new(line);
}

// The next line for iteration, served from the read-ahead buffer. At end of
// file the empty buffer stays: iteration then ends at once until a seek(),
// even if the file has grown (2.7 does this).
Str* readahead_line(File* f) {
  std::string line;  // the pieces of a line longer than one chunk
  size_t size = kReadAhead;
  for (;;) {
    if (!f->ra_buf) {
      f->ra_buf = static_cast<char*>(gc_alloc_atomic(size));
      f->ra_pos = 0;
      f->ra_end = file_fread(f, f->ra_buf, size);
      if (f->ra_end == 0) check_read_error(f);
    }
    const char* start = f->ra_buf + f->ra_pos;
    size_t avail = f->ra_end - f->ra_pos;
    if (avail == 0) return line.empty() ? str_intern("") : str_new(line);
    const char* nl = static_cast<const char*>(std::memchr(start, '\n', avail));
    if (nl) {
      size_t n = static_cast<size_t>(nl - start) + 1;
      Str* r;
      if (line.empty()) {
        r = str_new(start, n);
      } else {
        line.append(start, n);
        r = str_new(line);
      }
      f->ra_pos += n;
      if (f->ra_pos == f->ra_end) drop_readahead(f);
      return r;
    }
    // The line goes on past this chunk: read a bigger one.
    line.append(start, avail);
    drop_readahead(f);
    size += size >> 2;
  }
}

// ---- writing ----

void write_bytes(File* f, const char* data, size_t n) {
  if (!f->fp) closed_error();
  errno = 0;
  if (std::fwrite(data, 1, n, f->fp) != n || std::ferror(f->fp)) stream_error(f);
}

// The bytes of a buffer-like object (bytearray, buffer, memoryview), if v is one.
bool buffer_bytes(Value v, std::string* out) {
  if (v.is_small_int()) return false;
  if (is_bytearray(v)) {
    out->assign(v.as<ByteArray>()->view());
    return true;
  }
  return view_bytes(v, out);
}

// Converts a unicode for a text-mode file: the file's encoding, else ascii.
Str* encode_for(File* f, Value u) {
  const char* enc = is_str(f->encoding) ? f->encoding.as<Str>()->data : "ascii";
  const char* errs = is_str(f->errors) ? f->errors.as<Str>()->data : "strict";
  Value r = unicode_encode(u.as<Unicode>()->view(), u, enc, errs);
  return r.as<Str>();
}

// ---- object life ----

// ---- writers not yet closed ----
//
// 2.7 closes a file when its last reference goes, so `open(p, 'w').write(s)`
// has written s before the next statement runs. Here such a file lives
// until the collector finds it, its data still in the stdio buffer. So
// open() first flushes every writable file on the same inode (cheap, and
// only what a later read or truncation of that path would miss). The only
// visible difference: a program that reads a file it still holds open for
// writing sees the written data, where 2.7 might not yet.
//
// The registry holds hidden pointers (the collector must not see them, or
// no file would ever be garbage) in malloc memory, under a mutex; a file
// leaves it on close() or in its finalizer, before its memory is reused.

std::mutex g_writers_mu;
uintptr_t* g_writers;  // GC_HIDE_POINTER(File*), malloc'd
size_t g_writers_len, g_writers_cap;

void writers_add(File* f) {
  std::lock_guard<std::mutex> lock(g_writers_mu);
  if (g_writers_len == g_writers_cap) {
    size_t cap = g_writers_cap ? g_writers_cap * 2 : 16;
    auto* grown = static_cast<uintptr_t*>(std::realloc(g_writers, cap * sizeof(uintptr_t)));
    if (!grown) return;  // only an optimisation is lost
    g_writers = grown;
    g_writers_cap = cap;
  }
  g_writers[g_writers_len++] = GC_HIDE_POINTER(f);
}

void writers_remove(File* f) {
  std::lock_guard<std::mutex> lock(g_writers_mu);
  uintptr_t h = GC_HIDE_POINTER(f);
  for (size_t i = 0; i < g_writers_len; ++i) {
    if (g_writers[i] == h) {
      g_writers[i] = g_writers[--g_writers_len];
      return;
    }
  }
}

void writers_flush_inode(const char* path) {
  struct stat want;
  if (stat(path, &want) != 0) return;
  std::lock_guard<std::mutex> lock(g_writers_mu);
  for (size_t i = 0; i < g_writers_len; ++i) {
    File* f = static_cast<File*>(GC_REVEAL_POINTER(g_writers[i]));
    struct stat st;
    // ftrylockfile: a stream another thread is using is alive anyway, and
    // waiting for it here (holding the mutex that finalizers take) could
    // deadlock against a finalizer run by that thread's allocation.
    if (f->fp && fstat(fileno(f->fp), &st) == 0 && st.st_dev == want.st_dev && st.st_ino == want.st_ino &&
        ftrylockfile(f->fp) == 0) {
      std::fflush(f->fp);
      funlockfile(f->fp);
    }
  }
}

void file_finalize(void* obj, void*) {
  File* f = static_cast<File*>(obj);
  writers_remove(f);
  if (f->fp && !f->std_stream) std::fclose(f->fp);
  f->fp = nullptr;
}

// sys.std*'s encoding, as 2.7 sets it at start-up: PYTHONIOENCODING
// ("encoding[:errors]") for all three, else the locale's codeset for a stream
// that is a terminal; otherwise None, and unicode is written as ascii.
void set_std_encoding(File* f) {
  const char* env = std::getenv("PYTHONIOENCODING");
  std::string enc, errors;
  if (env && *env) {
    enc = env;
    size_t colon = enc.find(':');
    if (colon != std::string::npos) {
      errors = enc.substr(colon + 1);
      enc.erase(colon);
    }
  } else if (isatty(fileno(f->fp))) {
    std::string old = setlocale(LC_CTYPE, nullptr);
    setlocale(LC_CTYPE, "");
    enc = nl_langinfo(CODESET);
    setlocale(LC_CTYPE, old.c_str());
  }
  if (!enc.empty()) f->encoding = Value(str_new(enc));
  if (!errors.empty()) f->errors = Value(str_new(errors));
}

File* make_std_file(FILE* fp, const char* name, const char* mode) {
  File* f = new_object<File>(&FileType);
  f->fp = fp;
  f->name = Value(str_intern(name));
  f->mode = str_intern(mode);
  f->encoding = f->errors = None();
  f->readable = mode[0] == 'r';
  f->writable = !f->readable;
  f->std_stream = true;
  set_std_encoding(f);
  return f;
}

// Closes the stream; returns the errno of a failed fclose/fflush, or 0.
int close_stream(File* f) {
  FILE* fp = f->fp;
  if (!fp) return 0;
  f->fp = nullptr;
  drop_readahead(f);
  if (f->writable && !f->std_stream) writers_remove(f);
  int rc = f->std_stream ? std::fflush(fp) : std::fclose(fp);
  return rc == 0 ? 0 : (errno ? errno : EIO);
}

FILE* fopen_retrying(const char* path, const char* mode) {
  writers_flush_inode(path);
  FILE* fp = std::fopen(path, mode);
  if (!fp && (errno == EMFILE || errno == ENFILE)) {
    // Unreachable files still hold descriptors until the collector finds them.
    gc_collect();
    GC_invoke_finalizers();
    fp = std::fopen(path, mode);
  }
  return fp;
}

// file.__init__(name[, mode[, buffering]]): (re)opens self.
void file_open(File* f, Value name, Value mode_v, Value buffering) {
  if (!is_str(name) && !is_unicode(name))
    raise_type_error("coercing to Unicode: need string or buffer, %s found", type_name(name));
  std::string path = is_str(name) ? std::string(name.as<Str>()->view())
                                  : std::string(unicode_encode(name.as<Unicode>()->view(), name, "utf-8", "strict").as<Str>()->view());
  if (path.find('\0') != std::string::npos)
    raise_type_error("file() argument 1 must be encoded string without null bytes, not %s", type_name(name));
  std::string mode = "r";
  if (!mode_v.is_null()) {
    if (is_unicode(mode_v)) mode_v = Value(unicode_to_str(mode_v.as<Unicode>()));
    if (!is_str(mode_v)) raise_type_error("file() argument 2 must be string, not %s", type_name(mode_v));
    mode = std::string(mode_v.as<Str>()->view());
    if (mode.find('\0') != std::string::npos)
      raise_type_error("file() argument 2 must be string without null bytes, not str");
  }
  int64_t bufsize = buffering.is_null() ? -1 : long_arg(buffering);

  // Reopening an open file closes it first.
  if (f->fp) close_stream(f);
  f->name = name;
  f->mode = str_new(mode);
  internal::FileMode m = internal::parse_file_mode(mode);
  if (!m.error.empty()) raise_value_error("%s", m.error.c_str());

  errno = 0;
  FILE* fp = fopen_retrying(path.c_str(), m.fopen_mode.c_str());
  if (!fp) {
    int e = errno;
    if (e == EINVAL) {
      std::string msg = "invalid mode ('" + mode.substr(0, 50) + "') or filename";
      Value eargs[] = {small_int(e), Value(str_new(msg)), name};
      raise(exc_new(&IOErrorType, eargs, 3));
    }
    errno_error(e, name);
  }
  struct stat st;
  if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
    std::fclose(fp);
    errno_error(EISDIR, name);
  }
  f->fp = fp;
  f->readable = m.readable;
  f->writable = m.writable;
  f->binary = m.binary;
  f->universal = m.universal;
  f->skip_next_lf = false;
  f->newline_types = 0;
  f->softspace = 0;
  f->encoding = f->errors = None();
  drop_readahead(f);
  if (bufsize >= 0) {
    // 0: unbuffered, 1: line buffered, n: a buffer of n bytes.
    int how = bufsize == 0 ? _IONBF : bufsize == 1 ? _IOLBF : _IOFBF;
    size_t n = bufsize == 1 ? BUFSIZ : static_cast<size_t>(bufsize);
    f->setbuf = how == _IONBF ? nullptr : static_cast<char*>(gc_alloc_atomic(n));
    setvbuf(fp, f->setbuf, how, n);
  }
  if (f->writable) writers_add(f);
  GC_register_finalizer_ignore_self(f, file_finalize, nullptr, nullptr, nullptr);
}

// ---- slots ----

Value file_tp_new(Value callee, const Value*, size_t, Tuple*) {
  Type* t = callee.as<Type>();
  File* f = static_cast<File*>(gc_alloc(t->instance_size > sizeof(File) ? t->instance_size : sizeof(File)));
  f->type = t;
  f->name = Value(str_intern("<uninitialized file>"));
  f->mode = str_intern("<uninitialized file>");
  f->encoding = f->errors = None();
  return Value(f);
}

Value file_tp_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value name = nargs > 0 ? args[0] : Value();
  Value mode = nargs > 1 ? args[1] : Value();
  Value buffering = nargs > 2 ? args[2] : Value();
  size_t total = nargs + (kw ? kw->len : 0);
  if (total > 3) raise_type_error("file() takes at most 3 arguments (%zu given)", total);
  // PyArg_ParseTupleAndKeywords' order: each parameter in turn, then any
  // keyword left over.
  const char* unknown = nullptr;
  if (kw) {
    static const char* const kNames[] = {"name", "mode", "buffering"};
    Value* slots[] = {&name, &mode, &buffering};
    for (int64_t k = 0; k < kw->len; ++k) {
      std::string_view n = kw->items[k].as<Str>()->view();
      int i = 0;
      while (i < 3 && n != kNames[i]) ++i;
      if (i == 3) {
        if (!unknown) unknown = kw->items[k].as<Str>()->data;
        continue;
      }
      if (static_cast<size_t>(i) < nargs)
        raise_type_error("Argument given by name ('%s') and position (%d)", kNames[i], i + 1);
      *slots[i] = args[nargs + k];
    }
  }
  if (name.is_null()) raise_type_error("Required argument 'name' (pos 1) not found");
  if (unknown) raise_type_error("'%s' is an invalid keyword argument for this function", unknown);
  file_open(self.as<File>(), name, mode, buffering);
  return None();
}

Value file_repr(Value self) {
  File* f = self.as<File>();
  std::string s = f->fp ? "<open file " : "<closed file ";
  s += repr(f->name)->view();
  s += ", mode '";
  s += f->mode->view();
  char buf[40];
  std::snprintf(buf, sizeof buf, "' at %p>", static_cast<void*>(f));
  s += buf;
  return Value(str_new(s));
}

Value file_iter(Value self) {
  open_file(self);
  return self;
}

Value file_iternext(Value self) {
  File* f = open_file(self);
  StreamLock lock(f);
  if (!f->readable) mode_error("reading");
  Str* line = readahead_line(f);
  if (line->len == 0) return Value();
  return Value(line);
}

Value newlines_value(int seen) {
  auto one = [](int bit) {
    return Value(str_intern(bit == kNewlineCR ? "\r" : bit == kNewlineLF ? "\n" : "\r\n"));
  };
  Value items[3];
  size_t n = 0;
  for (int bit : {kNewlineCR, kNewlineLF, kNewlineCRLF})
    if (seen & bit) items[n++] = one(bit);
  if (n == 0) return None();
  if (n == 1) return items[0];
  return Value(tuple_from(items, n));
}

Value file_getattr(Value self, Str* name) {
  File* f = self.as<File>();
  std::string_view n = name->view();
  if (n == "softspace") return make_int(f->softspace);
  if (n == "name") return f->name;
  if (n == "mode") return Value(f->mode);
  if (n == "closed") return from_bool(f->fp == nullptr);
  if (n == "encoding") return f->encoding;
  if (n == "errors") return f->errors;
  if (n == "newlines") return newlines_value(f->newline_types);
  return generic_getattr(self, name);
}

void file_setattr(Value self, Str* name, Value v) {
  File* f = self.as<File>();
  std::string_view n = name->view();
  if (n == "softspace") {
    if (v.is_null()) raise_type_error("can't delete softspace attribute");
    if (is_float(v)) {
      double d;
      as_double(v, &d);
      f->softspace = static_cast<int64_t>(d);
    } else {
      f->softspace = long_arg(v);
    }
    return;
  }
  if (n == "name" || n == "mode" || n == "encoding" || n == "errors") raise_type_error("readonly attribute");
  if (n == "closed" || n == "newlines")
    raise_fmt(&AttributeErrorType, "attribute '%s' of 'file' objects is not writable", name->data);
  generic_setattr(self, name, v);
}

// ---- methods (alphabetical) ----

Value file_close(Value self, const Value*, size_t nargs, Tuple* kw) {
  arity("close", nargs, 0, 0, kw);
  int e = close_stream(self.as<File>());
  if (e) errno_error(e);
  return None();
}

Value file_enter(Value self, const Value*, size_t nargs, Tuple* kw) {
  arity("__enter__", nargs, 0, 0, kw);
  open_file(self);
  return self;
}

Value file_exit(Value self, const Value*, size_t, Tuple* kw) {
  no_keywords("__exit__", kw);
  return file_close(self, nullptr, 0, nullptr);
}

Value file_fileno(Value self, const Value*, size_t nargs, Tuple* kw) {
  arity("fileno", nargs, 0, 0, kw);
  return small_int(fileno(open_file(self)->fp));
}

Value file_flush(Value self, const Value*, size_t nargs, Tuple* kw) {
  arity("flush", nargs, 0, 0, kw);
  File* f = open_file(self);
  errno = 0;
  if (std::fflush(f->fp) != 0) stream_error(f);
  return None();
}

Value file_isatty(Value self, const Value*, size_t nargs, Tuple* kw) {
  arity("isatty", nargs, 0, 0, kw);
  return from_bool(isatty(fileno(open_file(self)->fp)));
}

// read()'s loop, 2.7's: fill `size` bytes, stop at a short read; when
// reading everything (`all`), grow by read_all_size and go on.
Str* read_rest(File* f, std::string data, size_t size, bool all) {
  size_t got = data.size();
  for (;;) {
    data.resize(size);
    size_t n = file_fread(f, data.data() + got, size - got);
    if (n == 0) {
      check_read_error(f);
      break;
    }
    got += n;
    if (got < size) {
      std::clearerr(f->fp);
      break;
    }
    if (!all) break;
    size = read_all_size(f, size);
  }
  data.resize(got);
  return str_new(data);
}

Value file_read(Value self, const Value* args, size_t nargs, Tuple* kw) {
  arity("read", nargs, 0, 1, kw);
  File* f = reading_file(self);
  int64_t want = size_arg(args, nargs);
  StreamLock lock(f);
  if (want == 0) return Value(str_intern(""));
  size_t size = want < 0 ? read_all_size(f, 0) : static_cast<size_t>(want);
  // The usual case, one fread straight into the result: the rest of a file
  // (read_all_size knows it), or a modest read(n). Shrinking a fresh str's
  // length in place only leaves a few unused bytes.
  if (want < 0 || size <= kDirectReadMax) {
    Str* s = str_alloc(size);
    size_t n = file_fread(f, s->data, size);
    if (n < size) {
      if (n == 0) {
        check_read_error(f);
        return Value(str_intern(""));
      }
      std::clearerr(f->fp);  // short: end of file, or a pipe with no more yet
      s->len = static_cast<int64_t>(n);
      s->data[n] = '\0';
      return Value(s);
    }
    if (want >= 0) return Value(s);
    // The file grew while we read it: go on as below.
    return Value(read_rest(f, std::string(s->view()), read_all_size(f, size), true));
  }
  return Value(read_rest(f, std::string(), size, false));
}

Value file_readinto(Value self, const Value* args, size_t nargs, Tuple* kw) {
  no_keywords("readinto", kw);
  if (nargs != 1) raise_type_error("function takes exactly 1 argument (%zu given)", nargs);
  File* f = reading_file(self);
  StreamLock lock(f);
  if (!is_bytearray(args[0]))
    raise_type_error("argument 1 must be read-write buffer, not %s", type_name(args[0]));
  ByteArray* b = args[0].as<ByteArray>();
  size_t want = static_cast<size_t>(b->len);
  std::string data(want, '\0');
  size_t got = 0;
  while (got < want) {
    size_t n = file_fread(f, data.data() + got, want - got);
    if (n == 0) {
      check_read_error(f);
      break;
    }
    got += n;
  }
  std::memcpy(b->data, data.data(), std::min(got, static_cast<size_t>(b->len)));
  return small_int(static_cast<int64_t>(got));
}

Value file_readline(Value self, const Value* args, size_t nargs, Tuple* kw) {
  arity("readline", nargs, 0, 1, kw);
  File* f = reading_file(self);
  int64_t limit = size_arg(args, nargs);
  StreamLock lock(f);
  if (limit == 0) return Value(str_intern(""));
  return Value(get_line(f, limit < 0 ? 0 : static_cast<size_t>(limit)));
}

Value file_readlines(Value self, const Value* args, size_t nargs, Tuple* kw) {
  arity("readlines", nargs, 0, 1, kw);
  File* f = reading_file(self);
  int64_t hint = nargs ? long_arg(args[0]) : 0;
  StreamLock lock(f);
  // 2.7's algorithm, whose fread sizes show (see read_all_size): fill a
  // buffer, doubling it while it holds no newline; split off the complete
  // lines and keep the partial one; a size hint is checked only then, and
  // the partial line is completed with readline().
  List* lines = list_new();
  std::string buf(kSmallChunk, '\0');
  size_t filled = 0, total = 0;
  bool short_read = false;
  for (;;) {
    size_t n = 0;
    if (!short_read) {
      n = file_fread(f, buf.data() + filled, buf.size() - filled);
      short_read = n < buf.size() - filled;
    }
    if (n == 0) {
      hint = 0;
      check_read_error(f);
      break;
    }
    total += n;
    const char* fresh = buf.data() + filled;
    if (!std::memchr(fresh, '\n', n)) {
      filled += n;
      buf.resize(buf.size() * 2);
      continue;
    }
    size_t end = filled + n, start = 0, nl;
    while ((nl = buf.find('\n', start)) != std::string::npos && nl < end) {
      list_append(lines, Value(str_new(buf.data() + start, nl + 1 - start)));
      start = nl + 1;
    }
    filled = end - start;
    std::memmove(buf.data(), buf.data() + start, filled);
    if (hint > 0 && total >= static_cast<size_t>(hint)) break;
  }
  if (filled) {
    std::string last(buf.data(), filled);
    if (hint > 0) last += get_line(f, 0)->view();
    list_append(lines, Value(str_new(last)));
  }
  return Value(lines);
}

Value file_seek(Value self, const Value* args, size_t nargs, Tuple* kw) {
  arity("seek", nargs, 1, 2, kw);
  File* f = open_file(self);
  drop_readahead(f);
  int64_t offset = offset_arg(args[0]);
  int64_t whence = nargs > 1 ? long_arg(args[1]) : 0;
  StreamLock lock(f);
  if (whence < INT32_MIN || whence > INT32_MAX) raise_overflow("signed integer is greater than maximum");
  errno = 0;
  if (fseeko(f->fp, static_cast<off_t>(offset), static_cast<int>(whence)) != 0) stream_error(f);
  f->skip_next_lf = false;
  return None();
}

Value file_tell(Value self, const Value*, size_t nargs, Tuple* kw) {
  arity("tell", nargs, 0, 0, kw);
  File* f = open_file(self);
  StreamLock lock(f);
  errno = 0;
  off_t pos = ftello(f->fp);
  if (pos < 0) stream_error(f);
  if (f->skip_next_lf) {
    // A '\r' ended the last read: a '\n' after it belongs to it.
    int c = std::getc(f->fp);
    if (c == '\n') {
      f->newline_types |= kNewlineCRLF;
      ++pos;
      f->skip_next_lf = false;
    } else if (c != EOF) {
      std::ungetc(c, f->fp);
    }
  }
  return make_int(static_cast<int64_t>(pos));
}

Value file_truncate(Value self, const Value* args, size_t nargs, Tuple* kw) {
  no_keywords("truncate", kw);
  File* f = writing_file(self);
  check_nargs("truncate", nargs, 0, 1);
  bool given = nargs == 1;
  int64_t given_size = given ? long_arg(args[0]) : 0;
  StreamLock lock(f);
  errno = 0;
  off_t initial = ftello(f->fp);
  if (initial < 0) stream_error(f);
  off_t size = given ? static_cast<off_t>(given_size) : initial;
  if (std::fflush(f->fp) != 0) stream_error(f);
  if (ftruncate(fileno(f->fp), size) != 0) stream_error(f);
  // The position stays where it was, even past a new, shorter end.
  if (fseeko(f->fp, initial, SEEK_SET) != 0) stream_error(f);
  return None();
}

Value file_write(Value self, const Value* args, size_t nargs, Tuple* kw) {
  no_keywords("write", kw);
  File* f = writing_file(self);
  if (nargs != 1) raise_type_error("function takes exactly 1 argument (%zu given)", nargs);
  Value data = args[0];
  std::string other;
  std::string_view bytes;
  if (is_str(data)) {
    bytes = data.as<Str>()->view();
  } else if (is_unicode(data)) {
    // Text files encode with their encoding; binary ones with the default.
    Str* s = f->binary ? unicode_to_str(data.as<Unicode>()) : encode_for(f, data);
    bytes = s->view();
  } else if (buffer_bytes(data, &other)) {
    bytes = other;
  } else if (f->binary) {
    raise_type_error("argument 1 must be string or buffer, not %s", is_none(data) ? "None" : type_name(data));
  } else {
    raise_type_error("expected a string or other character buffer object");
  }
  f->softspace = 0;
  write_bytes(f, bytes.data(), bytes.size());
  return None();
}

Value file_writelines(Value self, const Value* args, size_t nargs, Tuple* kw) {
  no_keywords("writelines", kw);
  if (nargs != 1) raise_type_error("writelines() takes exactly one argument (%zu given)", nargs);
  File* f = writing_file(self);
  Value it;
  try {
    it = iter(args[0]);
  } catch (PyException& e) {
    if (!is_subtype(type_of(e.exc), &TypeErrorType)) throw;
    raise_type_error("writelines() requires an iterable argument");
  }
  // 2.7 converts up to 1000 lines, then writes them: a bad item stops the
  // batch it is in before any of that batch is written.
  std::vector<std::string> batch;
  bool more = true;
  while (more) {
    batch.clear();
    while (batch.size() < 1000) {
      Value x = next(it);
      if (x.is_null()) {
        more = false;
        break;
      }
      std::string bytes;
      if (is_str(x)) {
        bytes = x.as<Str>()->view();
      } else if (buffer_bytes(x, &bytes)) {
      } else if (is_unicode(x) && f->binary) {
        // A binary file takes unicode's raw buffer: its UCS-4 code units.
        auto v = x.as<Unicode>()->view();
        bytes.assign(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(char32_t));
      } else if (is_unicode(x)) {
        try {
          bytes = unicode_to_str(x.as<Unicode>())->view();
        } catch (PyException&) {
          raise_type_error("writelines() argument must be a sequence of strings");
        }
      } else {
        raise_type_error("writelines() argument must be a sequence of strings");
      }
      batch.push_back(std::move(bytes));
    }
    for (const std::string& s : batch) write_bytes(f, s.data(), s.size());
  }
  return None();
}

Value file_xreadlines(Value self, const Value*, size_t nargs, Tuple* kw) {
  arity("xreadlines", nargs, 0, 0, kw);
  open_file(self);
  return self;
}

// ---- attribute descriptors ----
// The attributes live in file_getattr/file_setattr (one switch, no lookup);
// these descriptors in the type's dict make them visible to dir(), to
// hasattr(file, ...) and to subclass instances, as 2.7's member and getset
// descriptors do.

struct FileAttr : Object {
  Str* name;
};
Type FileMemberType, FileGetSetType;

Value file_attr_get(Value self, Value obj, Value) {
  if (obj.is_null()) return self;
  Str* name = self.as<FileAttr>()->name;
  if (obj.is_small_int() || !is_subtype(obj.obj()->type, &FileType))
    raise_type_error("descriptor '%s' for 'file' objects doesn't apply to '%s' object", name->data, type_name(obj));
  return file_getattr(obj, name);
}

void file_attr_set(Value self, Value obj, Value v) {
  Str* name = self.as<FileAttr>()->name;
  if (obj.is_small_int() || !is_subtype(obj.obj()->type, &FileType))
    raise_type_error("descriptor '%s' for 'file' objects doesn't apply to '%s' object", name->data, type_name(obj));
  file_setattr(obj, name, v);
}

Value file_attr_repr(Value self) {
  const FileAttr* a = self.as<FileAttr>();
  const char* kind = a->type == &FileMemberType ? "member" : "attribute";
  std::string s = std::string("<") + kind + " '" + std::string(a->name->view()) + "' of 'file' objects>";
  return Value(str_new(s));
}

void register_file_attrs() {
  for (Type* t : {&FileMemberType, &FileGetSetType}) {
    t->name = t == &FileMemberType ? "member_descriptor" : "getset_descriptor";
    t->instance_size = sizeof(FileAttr);
    t->descr_get = file_attr_get;
    t->descr_set = file_attr_set;
    t->repr = file_attr_repr;
    type_ready(t);
  }
  FileType.dict = dict_new();
  for (const char* name : {"closed", "encoding", "errors", "mode", "name", "newlines", "softspace"}) {
    std::string_view n = name;
    bool getset = n == "closed" || n == "newlines" || n == "softspace";
    FileAttr* a = new_object<FileAttr>(getset ? &FileGetSetType : &FileMemberType);
    a->name = str_intern(name);
    dict_set(FileType.dict, Value(a->name), Value(a));
  }
}

void register_file() {
  FileType.name = "file";
  FileType.flags = kTypeBaseOk;
  FileType.instance_size = sizeof(File);
  FileType.getattr = file_getattr;
  FileType.setattr = file_setattr;
  FileType.repr = file_repr;
  FileType.iter = file_iter;
  FileType.iternext = file_iternext;
  FileType.tp_new = file_tp_new;
  FileType.tp_init = file_tp_init;
  register_file_attrs();
  type_ready(&FileType, {
      {"__enter__", file_enter},
      {"__exit__", file_exit},
      {"close", file_close},
      {"fileno", file_fileno},
      {"flush", file_flush},
      {"isatty", file_isatty},
      {"read", file_read},
      {"readinto", file_readinto},
      {"readline", file_readline},
      {"readlines", file_readlines},
      {"seek", file_seek},
      {"tell", file_tell},
      {"truncate", file_truncate},
      {"write", file_write},
      {"writelines", file_writelines},
      {"xreadlines", file_xreadlines},
  });
}
TypeRegistrar reg(register_file);

}  // namespace

File* file_stdout() {
  if (!g_stdout) g_stdout = make_std_file(stdout, "<stdout>", "w");
  return g_stdout;
}
File* file_stderr() {
  if (!g_stderr) g_stderr = make_std_file(stderr, "<stderr>", "w");
  return g_stderr;
}
File* file_stdin() {
  if (!g_stdin) g_stdin = make_std_file(stdin, "<stdin>", "r");
  return g_stdin;
}

Value builtin_open(Value, const Value* args, size_t nargs, Tuple* kw) {
  Value f = file_tp_new(Value(&FileType), nullptr, 0, nullptr);
  file_tp_init(f, args, nargs, kw);
  return f;
}

// ---- print statement ----

namespace {

Value sys_attr(const char* name) {
  Value sys = dict_get_str(sys_modules(), str_intern("sys"));
  if (sys.is_null()) return Value();
  return getattr_opt(sys, str_intern(name));
}

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

bool is_real_file(Value f) { return !f.is_small_int() && is_subtype(f.obj()->type, &FileType); }

int64_t get_softspace(Value f) {
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

// print's writes bypass file.write(): no writable check (a read-only file
// fails in fwrite with EBADF, as in 2.7) and the softspace flag is kept.
void write_to(Value f, Str* s) {
  if (is_real_file(f)) {
    write_bytes(f.as<File>(), s->data, static_cast<size_t>(s->len));
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
  // A real file with an encoding (a terminal, PYTHONIOENCODING) encodes a
  // unicode item with it; otherwise str() encodes with ascii.
  Str* s = is_unicode(x) && is_real_file(f) && is_str(f.as<File>()->encoding) ? encode_for(f.as<File>(), x) : to_str(x);
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

namespace {

bool g_stdout_flush_failed;

// 2.7 closes sys.stdout last of all, when sys is gone: a failure there (a
// reader that closed the pipe) can only be reported like this, and the exit
// status stays what it was.
void report_stdout_close_failure() {
  if (!g_stdout_flush_failed) return;
  static const char msg[] = "close failed in file object destructor:\nsys.excepthook is missing\nlost sys.stderr\n";
  std::fwrite(msg, 1, sizeof msg - 1, stderr);
  std::fflush(stderr);
}

}  // namespace

void flush_std_files() {
  static bool registered = false;
  if (!registered) {
    registered = true;
    std::atexit(report_stdout_close_failure);
  }
  if (g_stdout && g_stdout->fp) {
    if (g_stdout->softspace) {
      std::fputc('\n', g_stdout->fp);
      g_stdout->softspace = 0;
    }
    if (std::fflush(g_stdout->fp) != 0) g_stdout_flush_failed = true;
  }
  std::fflush(stdout);
  std::fflush(stderr);
}

// ---- raw_input ----

Value file_raw_input(const Value* args, size_t nargs) {
  Value fin = sys_attr("stdin");
  if (fin.is_null()) raise_msg(&RuntimeErrorType, "[raw_]input: lost sys.stdin");
  Value fout = sys_attr("stdout");
  if (fout.is_null()) raise_msg(&RuntimeErrorType, "[raw_]input: lost sys.stdout");
  if (get_softspace(fout)) {
    set_softspace(fout, 0);
    write_to(fout, str_from_char(' '));
  }
  bool tty = is_real_file(fin) && is_real_file(fout) && fin.as<File>()->fp && fout.as<File>()->fp &&
             isatty(fileno(fin.as<File>()->fp)) && isatty(fileno(fout.as<File>()->fp));
  if (tty) {
    // 2.7 on a terminal (without the readline module): stdout is flushed
    // and the prompt goes to stderr, so that it shows before the read.
    std::fflush(fout.as<File>()->fp);
    if (nargs) {
      Str* prompt = to_str(args[0]);
      std::fwrite(prompt->data, 1, static_cast<size_t>(prompt->len), stderr);
      std::fflush(stderr);
    }
  } else if (nargs) {
    write_to(fout, to_str(args[0]));
  }
  Value line;
  if (is_real_file(fin)) {
    File* f = reading_file(fin);
    line = Value(get_line(f, 0));
  } else {
    line = call_method(fin, str_intern("readline"));
    if (!is_str(line) && !is_unicode(line)) raise_type_error("object.readline() returned non-string");
  }
  if (is_unicode(line)) {
    Unicode* u = line.as<Unicode>();
    if (u->len == 0) raise_msg(&EOFErrorType, "EOF when reading a line");
    if (u->data[u->len - 1] == U'\n') return Value(unicode_new(u->view().substr(0, u->len - 1)));
    return line;
  }
  Str* s = line.as<Str>();
  if (s->len == 0) raise_msg(&EOFErrorType, "EOF when reading a line");
  if (s->data[s->len - 1] == '\n') return Value(str_new(s->view().substr(0, s->len - 1)));
  return line;
}

}  // namespace pytrans::rt
