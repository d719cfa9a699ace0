// SPDX-License-Identifier: Apache-2.0
// ThreadState for OS threads started by the `thread` module, and the
// shutdown hook that waits for threading's non-daemon threads.
//
// Python threads are OS threads, one to one, for now (the M:N fiber
// scheduler of ARCHITECTURE.md replaces this later). Each new thread gets a
// fresh ThreadState, set up like the main thread's in core/main.cc: the
// recursion guard stops 256 KiB above the low end of the thread's real
// stack (read with pthread_getattr_np).
#pragma once

#include "core/frame.h"

namespace pytrans::rt {

// Allocates (uncollectable) and installs tl_state for the calling thread.
ThreadState* thread_state_attach();
// Clears and frees the calling thread's ThreadState (before it exits).
void thread_state_detach();

// 2.7's wait_for_thread_shutdown: if `threading` was imported, call its
// _shutdown() (joins non-daemon threads); errors are printed, not raised.
// run_main calls it after __main__ ends (normally, by an exception or by
// SystemExit), before the final flush.
void threads_shutdown();

}  // namespace pytrans::rt
