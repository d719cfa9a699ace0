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
  // A Python module standing in for one of 2.7's C modules (stdlib/datetime.py
  // says `# pytrans: hide-frames`): its frames stay out of tracebacks and
  // sys._getframe, as C code has none.
  bool hidden = false;
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

inline bool frame_hidden(const Frame* f) {
  return f->code && f->code->module && f->code->module->hidden;
}

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

// RuntimeError "maximum recursion depth exceeded" + where.
[[noreturn]] void raise_recursion_error(const char* where = "");

// 2.7 counts more than Python frames in the recursion depth: every
// Py_EnterRecursiveCall adds a level, with its own message suffix. The
// message of a runaway recursion is the suffix of the level that crosses the
// limit, so matching it means counting the same levels:
//   a Python frame                          ""  (FrameGuard)
//   a call made from C code (PyObject_Call) " while calling a Python object",
//     one more when the callee is a bound method (it calls its function
//     through PyObject_Call again); builtins such as map, special methods
//     dispatched from slots, calling an instance or a class
//   repr() / str() of an object             " while getting the repr/str of an object"
//   a comparison                            " in cmp"
// Python-to-Python calls made by generated code count only their frame, as
// ceval's fast path does.
inline constexpr const char kWhileCalling[] = " while calling a Python object";

struct RecursionGuard {
  ThreadState* state;
  int units;
  // A thread that never ran Python code (no ThreadState) counts nothing.
  RecursionGuard(int n, const char* where) : state(tl_state), units(state ? n : 0) {
    if (state && (state->depth += n) > g_recursion_limit) {
      state->depth -= n;
      raise_recursion_error(where);
    }
  }
  ~RecursionGuard() {
    if (state) state->depth -= units;
  }
  RecursionGuard(const RecursionGuard&) = delete;
  RecursionGuard& operator=(const RecursionGuard&) = delete;
};

// The levels 2.7's PyObject_Call(f, ...) adds: 2 for a bound method, else 1.
int c_call_levels(Value f);

// Wraps a call that runtime code makes on a Python object, as PyObject_Call.
struct CCallGuard : RecursionGuard {
  explicit CCallGuard(Value f) : RecursionGuard(c_call_levels(f), kWhileCalling) {}
};

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
