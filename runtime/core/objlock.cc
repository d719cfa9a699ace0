// SPDX-License-Identifier: Apache-2.0
// The contended path of core/objlock.h: spin briefly, then yield the CPU.
#include "core/objlock.h"

#include <sched.h>

namespace pytrans::rt {

bool g_nogil_threads = false;

void nogil_enable() { __atomic_store_n(&g_nogil_threads, true, __ATOMIC_SEQ_CST); }

void objlock_wait(uint8_t* l) {
  for (int spins = 0;; ++spins) {
    if (__atomic_load_n(l, __ATOMIC_RELAXED) == 0 && __atomic_exchange_n(l, 1, __ATOMIC_ACQUIRE) == 0) return;
    if (spins < 64) __builtin_ia32_pause();
    else sched_yield();
  }
}

}  // namespace pytrans::rt
