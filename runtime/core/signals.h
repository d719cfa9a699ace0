// SPDX-License-Identifier: Apache-2.0
// Pending-signal polling for generated code (see signals.cc).
#pragma once
#include <csignal>

namespace pytrans::rt {

extern volatile std::sig_atomic_t g_signal_pending;
void install_signal_handlers();
[[noreturn]] void handle_pending_signals();

inline void check_signals() {
  if (__builtin_expect(g_signal_pending, 0)) handle_pending_signals();
}

}  // namespace pytrans::rt
