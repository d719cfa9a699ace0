// SPDX-License-Identifier: Apache-2.0
// SIGINT -> KeyboardInterrupt; SIGPIPE ignored; ready __del__ finalizers.
//
// The handler only sets a flag; generated code polls it where 2.7's eval
// loop would notice a pending signal: on function entry and at the back-edge
// of every loop, so even `while True: pass` can be interrupted. The check is
// one relaxed load of a global (core/signals.h).
#include "core/signals.h"

#include <csignal>

#include "core/finalize.h"
#include "core/raise.h"
#include "objects/exceptions.h"

namespace pytrans::rt {

volatile std::sig_atomic_t g_signal_pending = 0;

namespace {
void on_sigint(int) { g_signal_pending = 1; }
}  // namespace

void install_signal_handlers() {
  // As 2.7: writing to a closed pipe fails with EPIPE (IOError [Errno 32]
  // Broken pipe, a traceback and status 1) instead of killing the process.
  std::signal(SIGPIPE, SIG_IGN);
  struct sigaction old;
  if (sigaction(SIGINT, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) return;  // as 2.7: keep ignored
  struct sigaction sa {};
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;
  sigaction(SIGINT, &sa, nullptr);
}

void handle_pending_signals() {
  if (g_finalizers_pending) run_pending_finalizers();
  if (!g_signal_pending) return;
  g_signal_pending = 0;
  raise(exc_new(&KeyboardInterruptType, nullptr, 0));
}

}  // namespace pytrans::rt
