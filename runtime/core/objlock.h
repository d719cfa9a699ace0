// SPDX-License-Identifier: Apache-2.0
// The per-object lock of mutable builtin containers (list, dict, set,
// bytearray): pytrans has no GIL, so each operation that CPython 2.7 made
// atomic by holding the GIL holds this lock instead (ARCHITECTURE.md, "No
// GIL"; cpython27-facts.md section 11).
//
// One byte, spun on: critical sections are a few dozen instructions and
// never run Python code (a container drops its lock around a key's
// __eq__/__hash__ and re-checks its table afterwards) nor switch fibers, so
// a waiter never waits for long. After a short spin it yields the CPU.
//
// Single-threaded programs pay only a predictable branch: until a second OS
// thread may run Python code, nogil_threads() is false and lock/unlock do
// nothing. Whoever starts such a thread (the fiber scheduler's workers, a
// test's std::threads) calls nogil_enable() first, from the thread that is
// already running; it is never turned off. This is safe because that thread
// cannot be inside a critical section when it calls nogil_enable(), and the
// new threads start after it (thread creation orders the store).
#pragma once

#include <cstdint>

namespace pytrans::rt {

extern bool g_nogil_threads;
inline bool nogil_threads() { return __atomic_load_n(&g_nogil_threads, __ATOMIC_RELAXED); }
void nogil_enable();
void objlock_wait(uint8_t* l);  // contended path (core/objlock.cc)

inline void objlock_acquire(uint8_t* l) {
  if (!nogil_threads()) return;
  if (__builtin_expect(__atomic_exchange_n(l, 1, __ATOMIC_ACQUIRE) == 0, 1)) return;
  objlock_wait(l);
}
inline void objlock_release(uint8_t* l) {
  if (!nogil_threads()) return;
  __atomic_store_n(l, 0, __ATOMIC_RELEASE);
}

// RAII critical section on one object's lock byte. unlock()/relock() let a
// container call user code (__eq__) in the middle of an operation.
class ObjLockGuard {
 public:
  explicit ObjLockGuard(uint8_t* l) : l_(l) { objlock_acquire(l_); }
  ~ObjLockGuard() {
    if (held_) objlock_release(l_);
  }
  void unlock() {
    objlock_release(l_);
    held_ = false;
  }
  void relock() {
    objlock_acquire(l_);
    held_ = true;
  }
  ObjLockGuard(const ObjLockGuard&) = delete;
  ObjLockGuard& operator=(const ObjLockGuard&) = delete;

 private:
  uint8_t* l_;
  bool held_ = true;
};

}  // namespace pytrans::rt
