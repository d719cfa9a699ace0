// SPDX-License-Identifier: Apache-2.0
// Pending-signal polling for generated code (see signals.cc).
#pragma once
#include <csignal>

namespace pytrans::rt {

extern volatile std::sig_atomic_t g_signal_pending;
extern volatile std::sig_atomic_t g_finalizers_pending;  // core/finalize.h
void install_signal_handlers();
// Runs ready __del__ finalizers, then raises KeyboardInterrupt if SIGINT came.
void handle_pending_signals();

inline void check_signals() {
  if (__builtin_expect(g_signal_pending | g_finalizers_pending, 0)) handle_pending_signals();
}

}  // namespace pytrans::rt
