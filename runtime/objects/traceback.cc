// SPDX-License-Identifier: Apache-2.0
// traceback and frame objects (see traceback.h for the snapshot layout).
#include "objects/traceback.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <vector>

#include "core/frame.h"
#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/type.h"

namespace pytrans::rt {

Type TracebackType;
Type FrameType;
Value code_object(const CodeInfo* info);  // code.cc

namespace {

// A frame object: one entry of a snapshot.
struct FrameObject : Object {
  Value owner;
  const TracebackEntry* entries;
  int64_t index;
};

Traceback* view(const Traceback* tb, int64_t start) {
  Traceback* v = new_object<Traceback>(&TracebackType);
  v->owner = tb->owner;
  v->entries = tb->entries;
  v->n = tb->n;
  v->start = start;
  return v;
}

Value frame_new(Value owner, const TracebackEntry* entries, int64_t index) {
  FrameObject* f = new_object<FrameObject>(&FrameType);
  f->owner = owner;
  f->entries = entries;
  f->index = index;
  return Value(f);
}

// The frame record of entry `index` if it is still running: the record at
// that depth of the current chain is the same one, with the same code.
const Frame* live_frame(const TracebackEntry* entries, int64_t index) {
  int64_t depth = 0;
  for (Frame* f = ts()->frame; f; f = f->back) ++depth;
  if (index >= depth) return nullptr;
  Frame* f = ts()->frame;
  for (int64_t i = depth - 1; i > index; --i) f = f->back;
  const TracebackEntry& e = entries[index];
  return f == e.frame && f->code == e.code ? f : nullptr;
}

Value object_repr(const char* what, Value self) {
  char buf[80];
  std::snprintf(buf, sizeof buf, "<%s object at %p>", what, reinterpret_cast<void*>(self.bits));
  return Value(str_new(buf, std::strlen(buf)));
}

Value frame_globals(const TracebackEntry& e) {
  const ModuleCode* m = e.code && e.code->module ? e.code->module : nullptr;
  if (m && m->globals && *m->globals) return Value(*m->globals);
  return Value(dict_new());
}

// ---- slots ----

Value tb_getattr(Value self, Str* name) {
  Traceback* tb = self.as<Traceback>();
  std::string_view n = name->view();
  if (tb->start >= tb->n) return generic_getattr(self, name);  // an empty snapshot
  if (n == "tb_lineno") return small_int(tb->entries[tb->start].line);
  if (n == "tb_next") return tb->start + 1 < tb->n ? Value(view(tb, tb->start + 1)) : None();
  if (n == "tb_frame") return frame_new(tb->owner, tb->entries, tb->start);
  if (n == "tb_lasti") return small_int(-1);
  return generic_getattr(self, name);
}

Value tb_repr(Value self) { return object_repr("traceback", self); }

Value frame_getattr(Value self, Str* name) {
  FrameObject* f = self.as<FrameObject>();
  const TracebackEntry& e = f->entries[f->index];
  std::string_view n = name->view();
  if (n == "f_code") return code_object(e.code);
  if (n == "f_lineno") {
    if (const Frame* live = live_frame(f->entries, f->index)) return small_int(live->line);
    return small_int(e.line);
  }
  if (n == "f_back") return f->index > 0 ? frame_new(f->owner, f->entries, f->index - 1) : None();
  if (n == "f_globals") return frame_globals(e);
  if (n == "f_locals") {
    // A module frame's locals are its globals; a function's live in C++
    // variables that no snapshot can see.
    if (e.code && std::strcmp(e.code->name, "<module>") == 0) return frame_globals(e);
    raise_not_implemented("frame.f_locals of a function frame");
  }
  if (n == "f_builtins") return Value(builtins_module()->dict);
  if (n == "f_lasti") return small_int(-1);
  if (n == "f_restricted") return False();
  if (n == "f_trace" || n == "f_exc_type" || n == "f_exc_value" || n == "f_exc_traceback") return None();
  return generic_getattr(self, name);
}

Value frame_repr(Value self) { return object_repr("frame", self); }

void register_traceback() {
  TracebackType.name = "traceback";
  TracebackType.getattr = tb_getattr;
  TracebackType.repr = tb_repr;
  type_ready(&TracebackType);
  FrameType.name = "frame";
  FrameType.getattr = frame_getattr;
  FrameType.repr = frame_repr;
  type_ready(&FrameType);
}
TypeRegistrar reg(register_traceback);

}  // namespace

Value traceback_snapshot() {
  ThreadState* t = ts();
  int64_t n = 0;
  for (Frame* f = t->frame; f; f = f->back) n += !frame_hidden(f);
  // One allocation: the header, then the entries (static CodeInfo pointers
  // and ints, harmless to scan).
  auto* tb = static_cast<Traceback*>(gc_alloc(sizeof(Traceback) + (n ? n : 1) * sizeof(TracebackEntry)));
  auto* entries = reinterpret_cast<TracebackEntry*>(tb + 1);
  tb->type = &TracebackType;
  tb->owner = Value(tb);
  tb->entries = entries;
  tb->n = n;
  tb->start = 0;
  int64_t i = n;
  for (Frame* f = t->frame; f; f = f->back)
    if (!frame_hidden(f)) entries[--i] = TracebackEntry{f->code, f->line, f};
  return Value(tb);
}

Value traceback_from_handler(Value tbv) {
  if (tbv.is_null() || tbv.is_small_int() || type_of(tbv) != &TracebackType) return tbv;
  Traceback* tb = tbv.as<Traceback>();
  // The handling frame is the deepest one the snapshot shares with the
  // current chain (sys.exc_info() is called from the handler or below it).
  std::vector<const CodeInfo*> frames;  // outermost first (code pointers are static data)
  for (Frame* f = ts()->frame; f; f = f->back)
    if (!frame_hidden(f)) frames.push_back(f->code);
  std::reverse(frames.begin(), frames.end());
  int64_t depth = static_cast<int64_t>(frames.size());
  int64_t common = 0;
  while (common < tb->n && common < depth && tb->entries[common].code == frames[static_cast<size_t>(common)]) ++common;
  int64_t start = common > 0 ? common - 1 : 0;
  if (start >= tb->n) start = tb->n ? tb->n - 1 : 0;
  if (start == tb->start) return tbv;
  return Value(view(tb, start));
}

Value frame_current(int64_t depth) {
  Traceback* tb = traceback_snapshot().as<Traceback>();
  if (depth < 0 || depth >= tb->n) raise_value_error("call stack is not deep enough");
  return frame_new(tb->owner, tb->entries, tb->n - 1 - depth);
}

Value frame_source_line(Value fv, int64_t lineno) {
  if (fv.is_small_int() || type_of(fv) != &FrameType) raise_type_error("a frame is required");
  FrameObject* f = fv.as<FrameObject>();
  const CodeInfo* code = f->entries[f->index].code;
  const ModuleCode* m = code ? code->module : nullptr;
  if (!m || !m->lines || lineno < 1 || lineno > m->nlines) return None();
  std::string_view s(m->lines[lineno - 1]);
  const char* ws = " \t\n\r\f\v";
  size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return None();
  size_t e = s.find_last_not_of(ws);
  return Value(str_new(s.substr(b, e - b + 1)));
}

}  // namespace pytrans::rt
