// SPDX-License-Identifier: Apache-2.0
// __del__, best effort (see finalize.cc).
#pragma once
#include <csignal>

#include "core/value.h"

namespace pytrans::rt {

// Set by the collector when finalizers are ready; generated code notices it
// in check_signals() (core/signals.h) and runs them there.
extern volatile std::sig_atomic_t g_finalizers_pending;

void finalizers_init();                  // from gc_init
void register_del_finalizer(Value obj);  // obj's class defines __del__
void run_pending_finalizers();           // at a safe point of a Python thread

}  // namespace pytrans::rt
