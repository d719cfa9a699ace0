// SPDX-License-Identifier: Apache-2.0
// Shared set-up for runtime unit tests that use objects: start the collector,
// give the test thread a ThreadState, finalize the builtin types and build
// __builtin__ (once per process, whichever test runs first), and run extra
// threads the collector knows about.
#pragma once

#include <gc.h>
#include <pthread.h>

#include <cstdlib>
#include <string>
#include <vector>

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

// Runs body(0) .. body(n - 1) on n threads and joins them. The threads are
// started by GC_pthread_create, so the collector knows each one from its
// first instruction to its last. (std::thread with registration inside the
// thread is not safe here: its start-up state is allocated by operator new,
// i.e. in collector memory, and is reachable only from the new thread's
// stack before it registers and after it unregisters, so a collection on
// another thread can free it under the thread.)
template <class F>
void run_gc_threads(int n, F& body) {
  struct Start {
    F* body;
    int index;
  };
  std::vector<pthread_t> tids(static_cast<size_t>(n));
  std::vector<Start> starts(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    starts[i] = Start{&body, i};
    auto entry = [](void* p) -> void* {
      auto* s = static_cast<Start*>(p);
      attach_thread_state();
      (*s->body)(s->index);
      return nullptr;
    };
    if (GC_pthread_create(&tids[i], nullptr, entry, &starts[i]) != 0) std::abort();
  }
  for (pthread_t t : tids) GC_pthread_join(t, nullptr);
}

inline std::string repr_of(Value v) { return std::string(repr(v)->view()); }

}  // namespace testing_support
}  // namespace pytrans::rt
