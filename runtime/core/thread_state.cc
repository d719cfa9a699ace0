// SPDX-License-Identifier: Apache-2.0
// See core/thread_state.h.
#include "core/thread_state.h"

#include <pthread.h>

#include <cstdio>
#include <new>

#include "core/gc.h"
#include "core/raise.h"
#include "core/ops.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/file.h"
#include "objects/module.h"
#include "objects/str.h"
#include "sched/fiber.h"

#include <gc.h>

namespace pytrans::rt {

ThreadState* thread_state_attach() {
  auto* t = static_cast<ThreadState*>(gc_alloc_uncollectable(sizeof(ThreadState)));
  new (t) ThreadState();
  char here;
  char* low = &here - (1u << 20);  // fallback: assume 1 MiB below here
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    void* addr = nullptr;
    size_t size = 0;
    if (pthread_attr_getstack(&attr, &addr, &size) == 0 && addr) low = static_cast<char*>(addr);
    pthread_attr_destroy(&attr);
  }
  size_t avail = static_cast<size_t>(&here - low);
  size_t headroom = avail > (1u << 20) ? (256u << 10) : avail / 4;
  t->stack_limit = low + headroom;
  tl_state = t;
  return t;
}

void thread_state_detach() {
  fiber_thread_exit();
  ThreadState* t = tl_state;
  if (!t) return;
  tl_state = nullptr;
  t->~ThreadState();
  GC_FREE(t);
}

void threads_shutdown() {
  Value mod = dict_get(sys_modules(), Value(str_intern("threading")));
  if (mod.is_null()) return;
  try {
    Value fn = getattr_opt(mod, str_intern("_shutdown"));
    if (!fn.is_null()) call(fn);
  } catch (PyException& e) {
    Value exc = e.exc, tb = e.tb;
    flush_std_files();
    print_exception(exc, tb);
  }
}

}  // namespace pytrans::rt
