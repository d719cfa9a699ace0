// SPDX-License-Identifier: Apache-2.0
// Fiber stacks, the switch, and the collector bookkeeping (see fiber.h for
// the design; cpython27-facts.md section 10 for the Boehm facts it rests on).
//
// Every switch goes through fiber_switch (inline, in fiber.h): save the outgoing EH
// globals, load the incoming ones, point the thread's GC stack bottom at the
// incoming stack, then jump. Whoever lands after a jump records the jumper's
// saved context (transfer_t.fctx, passed the jumper's FiberCtx as data) before
// anything can allocate, and releases the GC lock if the jumper took it.
#include "sched/fiber.h"

#include <gc.h>
#include <gc/gc_mark.h>
#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <boost/context/detail/fcontext.hpp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cxxabi.h>
#include <mutex>

namespace pytrans::rt {

using internal::ThreadFibers;
using internal::tl_fibers;
using internal::fiber_land;

namespace {

namespace bctx = boost::context::detail;

ThreadFibers* g_threads = nullptr;  // all threads that ever switched
std::mutex g_threads_mu;
GC_push_other_roots_proc g_prev_push = nullptr;
bool g_push_installed = false;  // under g_threads_mu

// ---- stack pool ----

constexpr size_t kMaxPooled = 256;
constexpr size_t kGuardedStacks = 16384;
std::mutex g_pool_mu;
Fiber* g_pool = nullptr;        // free stacks, recently used pages still resident
Fiber* g_cold = nullptr;        // free stacks past kMaxPooled, pages released
size_t g_pooled = 0;            // both lists
size_t g_hot = 0;               // g_pool only
size_t g_mapped = 0;
size_t g_page = 0;
Fiber* g_live = nullptr;        // collectable fibers not yet released
uint64_t g_swept_gc = 0;        // GC_get_gc_no() at the last sweep

void unlink_live(Fiber* f) {
  if (f->live_prev) f->live_prev->live_next = f->live_next;
  else g_live = f->live_next;
  if (f->live_next) f->live_next->live_prev = f->live_prev;
  f->live_prev = f->live_next = nullptr;
  f->collectable = false;
}

void put_in_pool(Fiber* f);

// After a collection: a collectable fiber whose owner was not marked (and
// that existed before the collection) belongs to garbage. Called with
// g_pool_mu held; under the GC lock too when threads run, so no collection
// sets marks meanwhile.
void sweep_dead_fibers(uint64_t gc_no) {
  g_swept_gc = gc_no;
  for (Fiber* f = g_live; f;) {
    Fiber* next = f->live_next;
    if (!f->marked && f->born_gc < gc_no && !f->ctx.on_cpu && !f->ctx.caller) {
      unlink_live(f);
      f->foreign = nullptr;
      f->ctx.fctx = nullptr;
      f->owner = nullptr;
      put_in_pool(f);
    } else {
      f->marked = false;
    }
    f = next;
  }
}

[[noreturn]] void fatal(const char* msg) {
  (void)!write(2, msg, std::strlen(msg));
  std::abort();
}

Fiber* map_stack() {
  if (!g_page) g_page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  size_t size = kFiberStackSize;
  void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK,
                 -1, 0);
  if (p == MAP_FAILED) fatal("pytrans: cannot map a fiber stack (out of memory or vm.max_map_count)\n");
  // A guard page costs two VMAs per stack, and vm.max_map_count is usually
  // 65530. Past kGuardedStacks stacks the rest go without one: unguarded
  // anonymous mappings merge with their neighbours into one VMA, and
  // Python-level recursion still stops at ctx.limit.
  if (g_mapped < kGuardedStacks) (void)mprotect(p, g_page, PROT_NONE);
  // A stack touches a few KiB: never back it with a transparent huge page.
  (void)madvise(p, size, MADV_NOHUGEPAGE);
  char* lo = static_cast<char*>(p);
  // The Fiber record sits at the very top; the stack starts below it.
  char* top = lo + size - sizeof(Fiber);
  top = reinterpret_cast<char*>(reinterpret_cast<uintptr_t>(top) & ~uintptr_t(63));
  Fiber* f = new (top) Fiber();
  f->map_lo = lo;
  f->map_size = size;
  return f;
}

// ---- switching ----

void fiber_trampoline(bctx::transfer_t t) {
  fiber_land(t);
  Fiber* f = reinterpret_cast<Fiber*>(tl_fibers->current);
  f->entry(f);
  fiber_finish();  // entry should not return, but be safe
}

// ---- GC roots: every caller chain of every thread ----

void push_fiber_roots() {
  for (ThreadFibers* t = g_threads; t; t = t->next) {
    // The running context is scanned by the collector's own thread scan;
    // the chain ends at the thread's own stack.
    for (FiberCtx* c = t->current->caller; c; c = c->caller)
      if (c->fctx && !c->on_cpu) GC_push_all_eager(c->fctx, c->base);
  }
  if (g_prev_push) g_prev_push();
}

}  // namespace

namespace internal {

thread_local ThreadFibers* tl_fibers = nullptr;
std::atomic<bool> g_fibers_mt{false};

ThreadFibers* thread_fibers_init() {
  if (tl_fibers) return tl_fibers;
  auto* t = static_cast<ThreadFibers*>(std::calloc(1, sizeof(ThreadFibers)));
  new (&t->root) FiberCtx();
  GC_stack_base sb;
  t->gc_handle = GC_get_my_stackbottom(&sb);
  t->eh = reinterpret_cast<internal::EhGlobals*>(abi::__cxa_get_globals());
  t->root.base = static_cast<char*>(sb.mem_base);
  t->root.on_cpu = true;
  t->current = &t->root;
  {
    std::lock_guard<std::mutex> lock(g_threads_mu);
    GC_alloc_lock();
    // Once: the list may empty again (fiber_thread_exit), and the hook
    // then found would be our own.
    if (!g_push_installed) {
      g_push_installed = true;
      g_prev_push = GC_get_push_other_roots();
      GC_set_push_other_roots(push_fiber_roots);
    }
    t->next = g_threads;
    g_threads = t;
    GC_alloc_unlock();
  }
  tl_fibers = t;
  return t;
}

}  // namespace internal

Fiber* fiber_new(void (*entry)(Fiber*), void* owner, Fiber** slot) {
  std::lock_guard<std::mutex> lock(g_pool_mu);
  // Read under g_pool_mu: a number read before it may be one that another
  // thread has swept meanwhile, and a second sweep for the same collection
  // would find every mark already cleared and free live fibers.
  if (GC_get_gc_no() != g_swept_gc) {
    bool mt = internal::g_fibers_mt.load(std::memory_order_relaxed);
    if (mt) GC_alloc_lock();
    sweep_dead_fibers(GC_get_gc_no());
    if (mt) GC_alloc_unlock();
  }
  Fiber* f = g_pool;
  if (f) {
    g_pool = f->next_free;
    --g_pooled;
    --g_hot;
  } else if ((f = g_cold)) {
    g_cold = f->next_free;
    --g_pooled;
  } else {
    f = map_stack();
    ++g_mapped;
  }
  char* base = reinterpret_cast<char*>(f);
  f->ctx = FiberCtx();
  f->ctx.base = base;
  f->ctx.limit = f->map_lo + g_page + kFiberStackHeadroom;
  f->ctx.fctx = bctx::make_fcontext(base, static_cast<size_t>(base - f->map_lo - g_page), fiber_trampoline);
  f->entry = entry;
  f->owner = owner;
  f->next_free = nullptr;
  f->marked = false;
  if (slot) {
    // Under g_pool_mu, so no sweep runs until born_gc is set. A collection
    // may stop this thread anywhere in here: one that ends before the
    // number is read has gc_no <= born_gc and cannot sweep f; one that ends
    // after started after the store to *slot (its owner is on our caller's
    // stack), so it marks f.
    f->collectable = true;
    f->live_prev = nullptr;
    f->live_next = g_live;
    if (g_live) g_live->live_prev = f;
    g_live = f;
    __atomic_store_n(slot, f, __ATOMIC_SEQ_CST);
    f->born_gc = GC_get_gc_no();
  }
  return f;
}

void fiber_release(Fiber** slot) {
  std::lock_guard<std::mutex> lock(g_pool_mu);
  Fiber* f = *slot;
  if (f->ctx.on_cpu) fatal("pytrans: releasing a running fiber\n");
  __atomic_store_n(slot, nullptr, __ATOMIC_RELAXED);
  f->foreign = nullptr;
  f->ctx.fctx = nullptr;  // out of every scan from now on
  f->owner = nullptr;
  if (f->collectable) unlink_live(f);
  put_in_pool(f);
}

namespace {

// With g_pool_mu held. Stacks are never unmapped: the mark procedure of a
// dead owner that a stale conservative pointer resurrects (Boehm sweeps
// lazily, so an unmarked object can be marked again by the next collection)
// may still read its Fiber record. Beyond kMaxPooled free stacks, the pages
// below the record go back to the kernel instead.
void put_in_pool(Fiber* f) {
  ++g_pooled;
  if (g_hot >= kMaxPooled) {
    char* lo = f->map_lo + g_page;
    char* hi = reinterpret_cast<char*>(reinterpret_cast<uintptr_t>(f) & ~(uintptr_t(g_page) - 1));
    if (hi > lo) madvise(lo, static_cast<size_t>(hi - lo), MADV_DONTNEED);
    f->next_free = g_cold;
    g_cold = f;
    return;
  }
  f->next_free = g_pool;
  g_pool = f;
  ++g_hot;
}

}  // namespace

void fiber_finish() {
  fiber_suspend();
  fatal("pytrans: a finished fiber was resumed\n");
}

bool fiber_stack_range(const Fiber* f, void** lo, void** hi) {
  if (f->ctx.on_cpu || !f->ctx.fctx) return false;
  *lo = f->ctx.fctx;
  *hi = f->ctx.base;
  return true;
}

void fiber_thread_exit() {
  ThreadFibers* t = tl_fibers;
  if (!t) return;
  if (t->current != &t->root) fatal("pytrans: thread exit inside a fiber\n");
  {
    std::lock_guard<std::mutex> lock(g_threads_mu);
    GC_alloc_lock();  // push_fiber_roots walks the list under it
    for (ThreadFibers** p = &g_threads; *p; p = &(*p)->next) {
      if (*p == t) {
        *p = t->next;
        break;
      }
    }
    GC_alloc_unlock();
  }
  tl_fibers = nullptr;
  std::free(t);
}

void fiber_set_multithreaded() { internal::g_fibers_mt.store(true); }

FiberStats fiber_stats() {
  std::lock_guard<std::mutex> lock(g_pool_mu);
  return FiberStats{g_mapped, g_pooled};
}

}  // namespace pytrans::rt
