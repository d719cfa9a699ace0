// SPDX-License-Identifier: Apache-2.0
// __del__, best effort.
//
// 2.7 calls __del__ the moment an object's reference count drops to zero.
// The collector has no such moment: it finds unreachable objects at its own
// collections. So an instance whose class defines __del__ (checked when the
// instance is made) gets a Boehm finalizer, and the collector runs in
// "finalize on demand" mode: it only flags that finalizers are ready, and
// the first Python thread to pass a safe point (a loop back-edge or a
// function entry, where signals are polled) runs them, between two Python
// statements, never inside the allocator or the collector. gc.collect()
// runs them at once.
//
// What follows from this: __del__ runs later than in 2.7 (possibly never,
// if the program ends first or a stale pointer on a stack keeps the object
// alive: the collector is conservative), and on whichever thread gets
// there. Objects in reference cycles through other finalizable objects are
// never finalized, as 2.7 leaves such cycles in gc.garbage; a pointer from
// an object to itself does not count. An exception escaping __del__ is
// printed to stderr as 2.7's "Exception ... in <bound method ...> ignored"
// and otherwise dropped.
#include "core/finalize.h"

#include <gc.h>

#include <cstdio>
#include <string>

#include "core/ops.h"
#include "core/raise.h"
#include "objects/str.h"

namespace pytrans::rt {

volatile std::sig_atomic_t g_finalizers_pending = 0;

namespace {

thread_local bool tl_running_finalizers = false;

void on_finalizers_ready() { g_finalizers_pending = 1; }

void print_unraisable(Value exc, Value where) {
  std::string line = "Exception ";
  try {
    Value cls = getattr(exc, str_intern("__class__"));
    Value name = getattr(cls, str_intern("__name__"));
    line += is_str(name) ? std::string(name.as<Str>()->view()) : "?";
    line += ": ";
    line += repr(exc)->view();
    line += " in ";
    line += repr(where)->view();
  } catch (const PyException&) {
    line += " in <__del__> ";
  }
  line += " ignored\n";
  std::fflush(stdout);
  std::fwrite(line.data(), 1, line.size(), stderr);
  std::fflush(stderr);
}

void run_del(void* obj, void*) {
  Value self(static_cast<Object*>(obj));
  Value method;
  try {
    method = getattr_opt(self, str_intern("__del__"));
    if (!method.is_null()) call(method);
  } catch (const PyException& e) {
    print_unraisable(e.exc, method.is_null() ? self : method);
  }
}

}  // namespace

void finalizers_init() {
  GC_set_finalize_on_demand(1);
  GC_set_finalizer_notifier(on_finalizers_ready);
}

void register_del_finalizer(Value obj) {
  GC_register_finalizer_ignore_self(obj.obj(), run_del, nullptr, nullptr, nullptr);
}

void run_pending_finalizers() {
  if (tl_running_finalizers) return;  // a __del__ reaching a safe point
  g_finalizers_pending = 0;
  tl_running_finalizers = true;
  GC_invoke_finalizers();
  tl_running_finalizers = false;
}

}  // namespace pytrans::rt
