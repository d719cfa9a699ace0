// SPDX-License-Identifier: Apache-2.0
// Boehm GC glue: initialisation, allocation entry points, GMP limbs on the
// GC heap, and global operator new/delete routed to the collector.
//
// Every allocation path must reach the collector: runtime code that uses a
// std:: container holding Values would otherwise hide those Values in
// malloc'd memory. Routing operator new to GC_MALLOC (scanned) makes such
// containers safe; operator delete frees eagerly, which is fine because the
// memory was owned by exactly that container.
#include "core/gc.h"
#include "core/finalize.h"

#include <gc.h>
#include <gc/gc_inline.h>
#include <gmp.h>

#include <cstdlib>
#include <cstring>
#include <link.h>
#include <unistd.h>

namespace pytrans::rt {

namespace {

void* gmp_alloc(size_t n) { return GC_MALLOC_ATOMIC(n); }
void* gmp_realloc(void* p, size_t, size_t n) { return GC_REALLOC(p, n); }
void gmp_free(void*, size_t) {}

// Boehm's static-root detection in a static executable registers the whole
// image, from the ELF headers through text and read-only data to the end
// of .bss (4 MiB here, 90% of it read-only), and scans all of it at every
// collection. Only the writable segments can hold pointers to the heap: make
// them the roots instead (thread stacks and uncollectable objects are
// separate root kinds and are not affected).
struct Segments {
  bool seen_executable = false;
  int n = 0;
  char* range[8][2];
};

int find_writable_segments(struct dl_phdr_info* info, size_t, void* data) {
  auto* segs = static_cast<Segments*>(data);
  if (segs->seen_executable) return 1;  // the first object reported is the executable
  segs->seen_executable = true;
  for (int i = 0; i < info->dlpi_phnum && segs->n < 8; ++i) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_LOAD || !(ph.p_flags & PF_W)) continue;
    char* start = reinterpret_cast<char*>(info->dlpi_addr + ph.p_vaddr);
    segs->range[segs->n][0] = start;
    segs->range[segs->n][1] = start + ph.p_memsz;
    ++segs->n;
  }
  return 1;
}

void trim_static_roots() {
  Segments segs;
  dl_iterate_phdr(find_writable_segments, &segs);
  if (segs.n == 0) return;  // keep Boehm's roots rather than none
  GC_clear_roots();
  for (int i = 0; i < segs.n; ++i) GC_add_roots(segs.range[i][0], segs.range[i][1]);
}

[[noreturn]] void out_of_memory() {
  static const char msg[] = "pytrans: out of memory\n";
  (void)!write(2, msg, sizeof msg - 1);
  std::_Exit(3);
}

}  // namespace

void gc_init() {
  GC_INIT();
  trim_static_roots();
  // Start with an 8 MiB heap: Boehm otherwise begins near 64 KiB and
  // collects every few hundred KiB of allocation while the heap is small,
  // and each collection pays for scanning the roots (static data, stacks).
  // Measured on benchmarks/: 1.5x-4x less CPU time for allocation-heavy code.
  if (!std::getenv("GC_INITIAL_HEAP_SIZE")) GC_expand_hp(8u << 20);
  GC_allow_register_threads();
  finalizers_init();
  mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
}

void* gc_alloc(size_t n) {
  void* p = GC_MALLOC(n);
  if (!p) out_of_memory();
  return p;
}

void* gc_alloc_atomic(size_t n) {
  void* p = GC_MALLOC_ATOMIC(n);
  if (!p) out_of_memory();
  return p;
}

void* gc_alloc_uncollectable(size_t n) {
  void* p = GC_MALLOC_UNCOLLECTABLE(n);
  if (!p) out_of_memory();
  return p;
}

void* gc_realloc(void* p, size_t n) {
  void* q = GC_REALLOC(p, n);
  if (!q) out_of_memory();
  return q;
}

void gc_collect() { GC_gcollect(); }

// ---- two-word objects: the refill behind gc_alloc16 ----

thread_local void** tl_free16 = nullptr;

namespace {

// Frees the calling thread's list head when the thread exits, so that the
// objects still on its list become garbage.
struct Free16Owner {
  ~Free16Owner() {
    if (void** head = tl_free16) {
      tl_free16 = nullptr;
      *head = nullptr;
      GC_FREE(head);
    }
  }
};
thread_local Free16Owner free16_owner;

}  // namespace

void* gc_alloc16_refill() {
  void** head = tl_free16;
  if (!head) {
    head = static_cast<void**>(gc_alloc_uncollectable(sizeof(void*)));
    (void)&free16_owner;  // constructed on first use: registers the cleanup
    tl_free16 = head;
  }
  // 16 bytes is one granule; without the extra byte it stays one.
  GC_generic_malloc_many(16, GC_I_NORMAL, head);
  void* p = *head;
  if (!p) out_of_memory();
  *head = *static_cast<void**>(p);
  return p;
}

}  // namespace pytrans::rt

// ---- global operator new/delete on the collector ----
void* operator new(size_t n) { return pytrans::rt::gc_alloc(n); }
void* operator new[](size_t n) { return pytrans::rt::gc_alloc(n); }
void* operator new(size_t n, std::align_val_t) { return pytrans::rt::gc_alloc(n); }
void* operator new[](size_t n, std::align_val_t) { return pytrans::rt::gc_alloc(n); }
void* operator new(size_t n, const std::nothrow_t&) noexcept { return GC_MALLOC(n); }
void* operator new[](size_t n, const std::nothrow_t&) noexcept { return GC_MALLOC(n); }
void operator delete(void* p) noexcept { GC_FREE(p); }
void operator delete[](void* p) noexcept { GC_FREE(p); }
void operator delete(void* p, size_t) noexcept { GC_FREE(p); }
void operator delete[](void* p, size_t) noexcept { GC_FREE(p); }
void operator delete(void* p, std::align_val_t) noexcept { GC_FREE(p); }
void operator delete[](void* p, std::align_val_t) noexcept { GC_FREE(p); }
void operator delete(void* p, size_t, std::align_val_t) noexcept { GC_FREE(p); }
void operator delete[](void* p, size_t, std::align_val_t) noexcept { GC_FREE(p); }
