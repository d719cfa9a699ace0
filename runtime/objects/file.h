// SPDX-License-Identifier: Apache-2.0
// file objects (sys.stdin/stdout/stderr, open()) and the print statement's
// softspace protocol.
#pragma once
#include <cstdio>

#include "core/value.h"

namespace pytrans::rt {

struct File : Object {
  FILE* fp;
  Str* name;
  Str* mode;
  bool closed;
  int softspace;
  Dict* dict;
};

extern Type FileType;
File* file_stdout();
File* file_stderr();
File* file_stdin();

// print statement support. dest null = sys.stdout.
void print_item(Value dest, Value x);
void print_newline(Value dest);
// At exit: a pending softspace on stdout writes '\n' (2.7 does this).
void flush_std_files();

}  // namespace pytrans::rt
