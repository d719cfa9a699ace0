// SPDX-License-Identifier: Apache-2.0
// Per-thread interpreter state and the frame chain tracebacks are made from.
//
// Every generated Python function opens a Frame on entry: it records the code
// (name, file) and the current line, which the generated code updates before
// each statement. Frames live on the C++ stack and link to their caller
// through ThreadState::frame. A raise snapshots the chain (rt::raise), so an
// uncaught exception prints CPython's traceback without any cost on the
// normal path.
//
// Frame entry also enforces the recursion limit (sys.setrecursionlimit) and a
// guard on the real C++ stack, so runaway recursion raises RuntimeError
// instead of crashing, whatever the limit is set to.
//
// ThreadState is reached through a thread_local pointer; a fiber scheduler
// swaps the pointer's target fields on each switch. It is allocated
// uncollectable, so the Values it holds are GC roots.
#pragma once

#include "core/value.h"

namespace pytrans::rt {

struct ModuleCode {
  const char* filename;       // as shown in tracebacks
  const char* const* lines;   // source lines (no newline), index 0 = line 1
  int nlines;
  Dict* const* globals = nullptr;  // the module's dict (frame.f_globals)
};

struct CodeInfo {
  const char* name;           // "f", "<module>", "<lambda>", "<genexpr>"
  const ModuleCode* module;
  int firstlineno;
  // Signature, for binding arguments (core/args.cc).
  int argcount = 0;                     // named positional parameters
  const char* const* argnames = nullptr;
  bool varargs = false;
  bool varkw = false;
  // Introspection (func_code): co_varnames, co_freevars, co_flags.
  const char* const* varnames = nullptr;
  int nvarnames = 0;
  const char* const* freevars = nullptr;
  int nfreevars = 0;
  int flags = 0;
};

struct Frame {
  const CodeInfo* code;
  int line;
  Frame* back;
};

struct ThreadState {
  Frame* frame = nullptr;
  int depth = 0;
  char* stack_limit = nullptr;  // raise RuntimeError below this address
  Value raising;                // exception in flight (keeps it visible to the GC)
  Value raising_tb;
  Value exc_type, exc_value, exc_tb;  // sys.exc_info()
};

extern thread_local ThreadState* tl_state;
extern int g_recursion_limit;

inline ThreadState* ts() { return tl_state; }

[[noreturn]] void raise_recursion_error();

// RAII frame guard used by generated code: `FrameGuard F(&code_f, line);`
// The destructor reads tl_state again rather than keeping the constructor's:
// a generator body may yield on one OS thread and be resumed on another, and
// its frame must leave the ThreadState of the thread it ends on.
struct FrameGuard {
  Frame frame;
  FrameGuard(const CodeInfo* code, int line) {
    ThreadState* state = tl_state;
    frame.code = code;
    frame.line = line;
    frame.back = state->frame;
    if (++state->depth > g_recursion_limit ||
        reinterpret_cast<char*>(__builtin_frame_address(0)) < state->stack_limit) {
      --state->depth;
      raise_recursion_error();
    }
    state->frame = &frame;
  }
  ~FrameGuard() {
    ThreadState* state = tl_state;
    state->frame = frame.back;
    --state->depth;
  }
  FrameGuard(const FrameGuard&) = delete;
  FrameGuard& operator=(const FrameGuard&) = delete;
};

}  // namespace pytrans::rt
