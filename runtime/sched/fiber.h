// SPDX-License-Identifier: Apache-2.0
// Fibers: separate C++ stacks that code can switch between (Boost.Context's
// fcontext), with the bookkeeping the Boehm collector needs to see them.
//
// A Fiber is a stack plus a saved context. Stacks are mmap-reserved
// (kFiberStackSize, MAP_NORESERVE, a PROT_NONE guard page at the low end),
// touched lazily by the kernel, and pooled: a finished fiber's stack goes back
// to a free list, so starting a fiber (a generator, say) costs no system call
// in the steady state. The Fiber record itself lives at the top of its own
// mapping, above the stack base, so it is neither GC memory nor scanned.
// Mappings are never unmapped (a mark procedure may read a record late, see
// put_in_pool in fiber.cc); past 256 free stacks their pages are released
// with MADV_DONTNEED, so the pool costs address space, not memory.
//
// Each OS thread that switches has a ThreadFibers record: its "root" context
// (the thread's own stack) and the fiber now running on it. Switching is
// asymmetric: fiber_resume(f) runs f on behalf of the current context (its
// caller), fiber_suspend() returns to the caller, and fiber_finish() leaves a
// finished fiber for good. The callers form a chain: root -> A -> B(running).
//
// The collector must see every live stack (cpython27-facts.md section 10):
//  * the running one: on every switch the thread's GC stack bottom is set to
//    the incoming stack's base (GC_set_stackbottom), so the normal thread
//    scan covers [sp, base) of whatever stack the thread is on;
//  * the callers in the chain (the thread's own stack included, while a fiber
//    runs): their used range [saved context, base) is pushed from a
//    GC_set_push_other_roots callback;
//  * fibers suspended on their own (a generator parked at a `yield`): NOT
//    roots. Their used range is scanned by whoever owns them, through
//    fiber_mark_stack() from a custom mark procedure, so a generator that
//    becomes garbage can be collected although its own stack points at it
//    (objects/generator.cc). A root would keep such a cycle alive forever.
// The saved context pointer is exact: x86-64 jump_fcontext stores the callee-
// saved registers at and above it, so [fctx, base) covers them.
//
// Switch and GC stop-the-world must not interleave (a stop landing between
// "set bottom" and the jump scans one stack up to another's base). With more
// than one mutator thread the bottom update and the jump run under the GC
// allocation lock, released on the other side. With one thread, a collection
// can only start from an allocation on this thread, never mid-switch, so the
// lock is skipped; fiber_set_multithreaded() must be called before a second
// mutator thread starts.
//
// Each context also carries its own C++ exception-handling globals
// (__cxa_get_globals: the caught-exceptions stack), swapped on every switch:
// a generator may yield inside a catch handler, and its caught exception must
// not be popped by the consumer's handlers or the other way round.
#pragma once

#include <gc.h>

#include <atomic>
#include <boost/context/detail/fcontext.hpp>
#include <cstddef>
#include <cstdint>
#include <cxxabi.h>
#include <exception>

namespace pytrans::rt {

// Reserved (virtual) stack size per fiber; pages are touched only when used.
// Measured: with 1 MiB stacks, 60,000 parked generators ran out of mappings
// and collections spun (the mappings did not merge); with 4 MiB, 100,000
// parked generators take 1.2 s and 430 MB.
constexpr size_t kFiberStackSize = 4u << 20;
// Python-level recursion stops this far above the guard page (ThreadState::stack_limit).
constexpr size_t kFiberStackHeadroom = 256u << 10;

struct FiberCtx {
  void* fctx = nullptr;       // saved context while switched out (exact sp)
  char* base = nullptr;       // stack high end (where the stack starts)
  char* limit = nullptr;      // Python recursion guard address
  FiberCtx* caller = nullptr; // who resumed us (fibers only)
  void* eh[2] = {nullptr, nullptr};  // saved __cxa_eh_globals
  bool on_cpu = false;        // the running context of some thread
};

struct Fiber {
  FiberCtx ctx;
  void (*entry)(Fiber*) = nullptr;  // runs on the fiber; must end in fiber_finish()
  void* owner = nullptr;            // opaque, e.g. the Generator (not a GC reference)
  std::exception_ptr foreign;       // a non-Python C++ exception leaving entry
  char* map_lo = nullptr;           // the whole mapping, guard page included
  size_t map_size = 0;
  Fiber* next_free = nullptr;
  // Liveness of collectable fibers (see fiber_new).
  bool collectable = false;
  bool marked = false;              // set by the owner's mark procedure
  uint64_t born_gc = 0;             // GC_get_gc_no() when created
  Fiber* live_prev = nullptr;
  Fiber* live_next = nullptr;
};

// A fresh fiber (stack from the pool) that will run entry(f) on its first
// resume. With a slot, the fiber is collectable: it belongs to the GC object
// (a generator) holding the slot, whose mark procedure calls
// fiber_mark_live(*slot). After a collection in which that did not happen,
// the owner is garbage, and the next fiber_new releases the stack. No Boehm
// finalizer is involved (registering one per generator, and GC_finalize's
// work on each collection, cost more than the generator).
// fiber_new stores f into *slot before it notes the collection number the
// fiber is born in: a collection that ends after that number must find f
// through the slot, so a fiber is never swept before its owner can mark it.
Fiber* fiber_new(void (*entry)(Fiber*), void* owner, Fiber** slot = nullptr);
// Returns the fiber in *slot (fiber_new's) to the pool and clears the slot.
// The fiber must not be running or in a caller chain (finished, or suspended
// and abandoned). Slot and pool change together, under the pool's lock: a
// sweep in between would find the fiber unowned and pool it a second time.
void fiber_release(Fiber** slot);
// From the owner's mark procedure (world stopped, maybe on a marker thread).
inline void fiber_mark_live(Fiber* f) { f->marked = true; }

// Switches from the current context into f (first resume starts entry).
// Returns when f suspends or finishes.
inline void fiber_resume(Fiber* f);
// From inside a fiber: back to its caller. Returns at the next fiber_resume.
inline void fiber_suspend();
// From inside a fiber: back to its caller for good.
[[noreturn]] void fiber_finish();

// The fiber running on this thread, or nullptr on the thread's own stack.
inline Fiber* fiber_current();

// For mark procedures (world stopped): the used range [lo, hi) of a fiber that
// is switched out, or false while it runs. A fiber in a caller chain is also
// pushed as a root; scanning it twice is harmless.
bool fiber_stack_range(const Fiber* f, void** lo, void** hi);

// Must be called before a second thread allocates from the collector.
void fiber_set_multithreaded();
// Before a thread that used fibers exits (on its own stack, no fiber
// running): drops its record from the collector's list of caller chains.
void fiber_thread_exit();

// Statistics for tests and benchmarks.
struct FiberStats {
  size_t mapped;   // stacks currently mmap'd (pooled + in use)
  size_t pooled;   // stacks in the free pool
};
FiberStats fiber_stats();

// ---- the switch, inline: a generator's next() is two of these ----
namespace internal {

struct EhGlobals;

struct ThreadFibers {
  FiberCtx root;             // the thread's own stack
  FiberCtx* current;         // running context
  void* gc_handle;           // for GC_set_stackbottom
  EhGlobals* eh;             // this thread's __cxa_get_globals()
  ThreadFibers* next;
};

extern thread_local ThreadFibers* tl_fibers;
extern std::atomic<bool> g_fibers_mt;
ThreadFibers* thread_fibers_init();

// libstdc++'s __cxa_eh_globals: { caughtExceptions, uncaughtExceptions }.
struct EhGlobals {
  void* caught;
  uintptr_t uncaught;
};

// Whoever lands after a jump records the jumper's saved context (the jumper
// passes its FiberCtx as data) and releases the GC lock the jumper took.
inline void fiber_land(boost::context::detail::transfer_t t) {
  static_cast<FiberCtx*>(t.data)->fctx = t.fctx;
  if (g_fibers_mt.load(std::memory_order_relaxed)) GC_alloc_unlock();
}

// Leaves `from` for `to`; returns when something switches back to `from`.
// A resume links `to` under `from` (to->caller = from); a suspend unlinks
// `from` from the chain. Both edits happen under the lock with the rest: a
// collection that saw the chain cut while `from` still runs would scan
// neither the callers' stacks nor, past the new bottom, anything else.
inline void fiber_switch(ThreadFibers* tf, FiberCtx* from, FiberCtx* to, bool resume) {
  if (g_fibers_mt.load(std::memory_order_relaxed)) GC_alloc_lock();
  if (resume) to->caller = from;
  else from->caller = nullptr;
  EhGlobals* g = tf->eh;
  from->eh[0] = g->caught;
  from->eh[1] = reinterpret_cast<void*>(g->uncaught);
  g->caught = to->eh[0];
  g->uncaught = reinterpret_cast<uintptr_t>(to->eh[1]);
  GC_stack_base sb;
  sb.mem_base = to->base;
  GC_set_stackbottom(tf->gc_handle, &sb);
  from->on_cpu = false;
  to->on_cpu = true;
  tf->current = to;
  fiber_land(boost::context::detail::jump_fcontext(to->fctx, from));
}

}  // namespace internal

inline void fiber_resume(Fiber* f) {
  internal::ThreadFibers* tf = internal::tl_fibers;
  if (__builtin_expect(!tf, 0)) tf = internal::thread_fibers_init();
  internal::fiber_switch(tf, tf->current, &f->ctx, true);
}

inline void fiber_suspend() {
  internal::ThreadFibers* tf = internal::tl_fibers;
  FiberCtx* self = tf->current;
  internal::fiber_switch(tf, self, self->caller, false);
}

inline Fiber* fiber_current() {
  internal::ThreadFibers* tf = internal::tl_fibers;
  if (!tf || tf->current == &tf->root) return nullptr;
  return reinterpret_cast<Fiber*>(tf->current);
}

}  // namespace pytrans::rt
