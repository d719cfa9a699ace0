// SPDX-License-Identifier: Apache-2.0
// file objects (open(), sys.stdin/stdout/stderr), raw_input, and the print
// statement's softspace protocol. See file.cc.
#pragma once
#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

#include "core/value.h"

namespace pytrans::rt {

struct File : Object {
  FILE* fp;         // null before __init__ and after close()
  Value name;       // str or unicode, as given to open()
  Str* mode;        // as given ("rU", "wb+", ...)
  Value encoding;   // None (2.7 sets it only for a terminal)
  Value errors;     // None
  char* setbuf;     // buffer handed to setvbuf (GC memory kept alive here)
  char* ra_buf;     // read-ahead of iteration (next()); see readahead_line
  size_t ra_pos, ra_end;
  int64_t softspace;
  int newline_types;  // kNewlineCR | kNewlineLF | kNewlineCRLF seen so far
  bool readable, writable, binary, universal;
  bool skip_next_lf;  // universal mode: a '\r' ended the last read
  bool std_stream;    // sys.std*: close() flushes, never fcloses
};

extern Type FileType;
File* file_stdout();
File* file_stderr();
File* file_stdin();

// The builtin open(name[, mode[, buffering]]): file(...) under another name.
Value builtin_open(Value callee, const Value* args, size_t nargs, Tuple* kw);
// raw_input([prompt]) over sys.stdin / sys.stdout (which may be any objects).
Value file_raw_input(const Value* args, size_t nargs);

// print statement support. dest null = sys.stdout.
void print_item(Value dest, Value x);
void print_newline(Value dest);
// At exit: a pending softspace on stdout writes '\n' (2.7 does this).
void flush_std_files();

// ---- pure helpers, exposed for tests/runtime/file_test.cc ----
namespace internal {

enum : int { kNewlineCR = 1, kNewlineLF = 2, kNewlineCRLF = 4 };

// An open() mode string checked as 2.7 does. On success error is empty and
// fopen_mode is what is passed to fopen ('U' removed, "r" and "b" added).
struct FileMode {
  std::string error;  // the ValueError message, or empty
  std::string fopen_mode;
  bool readable = false, writable = false, binary = false, universal = false;
};
FileMode parse_file_mode(std::string_view mode);

// Universal-newline translation of one chunk read from a file: "\r\n" and
// "\r" become "\n". State carries over chunks (a '\r' ending one chunk skips
// a '\n' starting the next). dst may equal src; returns the bytes written.
struct NewlineState {
  bool skip_next_lf = false;
  int seen = 0;  // kNewline* flags
};
size_t translate_newlines(const char* src, size_t n, char* dst, NewlineState* st);

}  // namespace internal

}  // namespace pytrans::rt
