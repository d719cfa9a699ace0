// SPDX-License-Identifier: Apache-2.0
// Shared set-up for runtime unit tests that use objects: start the collector,
// give the test thread a ThreadState, finalize the builtin types and build
// __builtin__ (once per process, whichever test runs first), and register
// extra std::threads with the collector.
#pragma once

#include <gc.h>

#include <string>

#include "core/frame.h"
#include "core/gc.h"
#include "core/ops.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/type.h"

namespace pytrans::rt {
void types_finalize();
void builtins_init();

namespace testing_support {

inline void attach_thread_state() {
  if (tl_state) return;
  auto* t = static_cast<ThreadState*>(gc_alloc_uncollectable(sizeof(ThreadState)));
  new (t) ThreadState();
  char here;
  t->stack_limit = &here - (1u << 20);
  tl_state = t;
}

inline void runtime_once() {
  static bool done = false;
  if (done) return;
  done = true;
  gc_init();
  attach_thread_state();
  if (!ListType.mro) types_finalize();
  if (!builtins_module()) builtins_init();
}

// RAII: a std::thread that touches GC memory registers itself first.
struct GcThread {
  GcThread() {
    GC_stack_base sb;
    GC_get_stack_base(&sb);
    GC_register_my_thread(&sb);
    attach_thread_state();
  }
  ~GcThread() { GC_unregister_my_thread(); }
};

inline std::string repr_of(Value v) { return std::string(repr(v)->view()); }

}  // namespace testing_support
}  // namespace pytrans::rt
