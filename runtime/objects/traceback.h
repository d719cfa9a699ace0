// SPDX-License-Identifier: Apache-2.0
// traceback and frame objects, made from snapshots of the frame chain.
//
// Generated code keeps its frames (core/frame.h) on the C++ stack, so a
// Python-visible frame cannot point at a live one. Instead rt::raise (and
// sys._getframe) copy the chain into an array of (code, line) entries,
// outermost first. A traceback object is a view on such an array starting
// at `start`; its tb_next is the view starting one entry later, and its
// tb_frame a frame object for the same entry, whose f_back is the entry
// before. 2.7's traceback begins at the frame that handled the exception,
// while the snapshot holds every frame up to the module: sys.exc_info()
// positions the view (traceback_from_handler), and an uncaught exception
// prints the whole array (print_exception), which is 2.7's output in both
// cases.
//
// Known differences: frame objects are copies, so `tb.tb_frame is
// tb.tb_frame` is False, and f_locals is only known for module frames.
// f_lineno of a frame that is still running is its current line, as in
// 2.7: the frame record is found in the current chain at the same depth.
#pragma once
#include "core/value.h"

namespace pytrans::rt {

struct CodeInfo;
struct Frame;

struct TracebackEntry {
  const CodeInfo* code;
  int line;
  const Frame* frame;  // the C++ frame record; compared, never dereferenced unless found live
};

struct Traceback : Object {
  Value owner;                     // the object whose allocation holds entries
  const TracebackEntry* entries;   // outermost first
  int64_t n;                       // entries in the whole snapshot
  int64_t start;                   // the entry this traceback object stands for
};

extern Type TracebackType;
extern Type FrameType;

// A traceback of the current frame chain, starting at the module frame.
Value traceback_snapshot();
// The same snapshot as seen from the frame handling it: starts at the
// deepest frame the snapshot shares with the current chain.
Value traceback_from_handler(Value tb);
// sys._getframe(depth): a frame object for the caller `depth` levels up;
// ValueError "call stack is not deep enough" past the module frame.
Value frame_current(int64_t depth);
// The source line `lineno` of a frame object's module, stripped as
// traceback.extract_tb strips it, or None (2.7 reads it with linecache;
// pytrans embeds the lines in the program).
Value frame_source_line(Value frame, int64_t lineno);

}  // namespace pytrans::rt
