// SPDX-License-Identifier: Apache-2.0
//
// No GIL: list, dict, set and bytearray operations stay atomic when several
// OS threads use one object (ARCHITECTURE.md "No GIL", cpython27-facts.md
// section 11). Each test runs kThreads threads known to the collector
// against one shared container and checks exact totals. The last
// test reports what the per-object lock costs a single thread.
//
// Builtin iterators too: threads drain one shared iterator, and every item
// must reach exactly one of them (objects/iter.h).
//
// Generators too: several threads create, partly consume and abandon
// generators, and resume one shared generator, while another thread forces
// collections back to back (sched/fiber.h, objects/generator.cc).
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

#include "core/objlock.h"
#include "core/raise.h"
#include "objects/bytearray.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/enumerate.h"
#include "objects/generator.h"
#include "objects/iter.h"
#include "objects/set.h"
#include "objects/tuple.h"
#include "rt_testing.h"
#include "sched/fiber.h"

namespace pytrans::rt {
namespace {

constexpr int kThreads = 4;
constexpr int64_t kPerThread = 20000;

class NoGilTest : public ::testing::Test {
 protected:
  void SetUp() override {
    testing_support::runtime_once();
    nogil_enable();
  }
  template <class F>
  void run_threads(F body) {
    testing_support::run_gc_threads(kThreads, body);
  }
};

TEST_F(NoGilTest, ListAppendsAreAllKept) {
  List* l = list_new();
  run_threads([&](int t) {
    for (int64_t i = 0; i < kPerThread; ++i) list_append(l, small_int(t * kPerThread + i));
  });
  ASSERT_EQ(l->len, kThreads * kPerThread);
  std::vector<bool> seen(kThreads * kPerThread);
  for (int64_t i = 0; i < l->len; ++i) seen[l->items[i].small_int()] = true;
  for (bool b : seen) EXPECT_TRUE(b);
}

TEST_F(NoGilTest, ListPopsMatchAppends) {
  List* l = list_new();
  for (int64_t i = 0; i < kThreads * kPerThread; ++i) list_append(l, small_int(1));
  std::vector<int64_t> popped(kThreads);
  Value pop = getattr(Value(l), str_intern("pop"));
  run_threads([&](int t) {
    for (int64_t i = 0; i < kPerThread; ++i) {
      popped[t] += call(pop).small_int();
      list_append(l, small_int(2));
    }
  });
  int64_t total = 0;
  for (int64_t p : popped) total += p;
  EXPECT_EQ(l->len, kThreads * kPerThread);
  int64_t sum = 0;
  for (int64_t i = 0; i < l->len; ++i) sum += l->items[i].small_int();
  EXPECT_EQ(sum + total, 2 * kThreads * kPerThread + kThreads * kPerThread);
}

TEST_F(NoGilTest, DictSetsOfDistinctAndSharedKeys) {
  Dict* d = dict_new();
  Dict* shared = dict_new();
  run_threads([&](int t) {
    for (int64_t i = 0; i < kPerThread; ++i) {
      dict_set(d, small_int(t * kPerThread + i), small_int(t));
      Value k = Value(str_new("k" + std::to_string(i % 1000)));
      dict_set(shared, k, small_int(i));
    }
  });
  EXPECT_EQ(d->used, kThreads * kPerThread);
  EXPECT_EQ(shared->used, 1000);
  for (int64_t i = 0; i < kThreads * kPerThread; i += 997)
    EXPECT_EQ(dict_get(d, small_int(i)).small_int(), i / kPerThread);
}

TEST_F(NoGilTest, DictSetdefaultAndPopAreAtomic) {
  Dict* d = dict_new();
  std::vector<int64_t> won(kThreads);
  run_threads([&](int t) {
    for (int64_t i = 0; i < kPerThread; ++i) {
      // Exactly one thread's setdefault inserts each key; exactly one pop gets it.
      dict_setdefault(d, small_int(i), small_int(t));
      if (!dict_pop_key(d, small_int(i)).is_null()) ++won[t];
    }
  });
  int64_t total = 0;
  for (int64_t w : won) total += w;
  EXPECT_EQ(d->used, 0);
  EXPECT_GE(total, kPerThread);
  EXPECT_LE(total, kThreads * kPerThread);
}

TEST_F(NoGilTest, SetAddsAndDiscards) {
  Set* s = set_new();
  run_threads([&](int t) {
    for (int64_t i = 0; i < kPerThread; ++i) {
      set_add(s, small_int(t * kPerThread + i));
      set_add(s, small_int(-1 - (i % 500)));  // shared keys
    }
  });
  EXPECT_EQ(s->used, kThreads * kPerThread + 500);
  run_threads([&](int t) {
    for (int64_t i = 0; i < kPerThread; ++i) set_discard(s, small_int(t * kPerThread + i));
  });
  EXPECT_EQ(s->used, 500);
}

TEST_F(NoGilTest, ByteArrayAppends) {
  ByteArray* b = bytearray_new("");
  Value append = getattr(Value(b), str_intern("append"));
  run_threads([&](int t) {
    for (int64_t i = 0; i < kPerThread / 4; ++i) call(append, small_int(65 + t));
  });
  ASSERT_EQ(b->len, kThreads * kPerThread / 4);
  int counts[kThreads] = {};
  for (int64_t i = 0; i < b->len; ++i) counts[b->data[i] - 65]++;
  for (int c : counts) EXPECT_EQ(c, kPerThread / 4);
}

// ---- one iterator shared by several threads ----

constexpr int64_t kItems = 20000;

// Drains `it` on kThreads threads (plus `extra`, run as thread kThreads
// when given) and returns what each got, mapped through key(); no gtest
// assertion runs off the main thread.
template <class Key>
std::vector<int64_t> drain_shared(Value it, Key key, void (*extra)(Value) = nullptr, Value extra_arg = Value()) {
  auto* got = new std::vector<std::vector<int64_t>>(kThreads);
  auto body = [&](int t) {
    if (t == kThreads) return extra(extra_arg);
    for (Value x = next(it); !x.is_null(); x = next(it)) (*got)[t].push_back(key(x));
  };
  testing_support::run_gc_threads(extra ? kThreads + 1 : kThreads, body);
  std::vector<int64_t> all;
  for (auto& g : *got) all.insert(all.end(), g.begin(), g.end());
  std::sort(all.begin(), all.end());
  EXPECT_TRUE(next(it).is_null());  // and it stays exhausted
  return all;
}

void expect_each_once(const std::vector<int64_t>& all, int64_t n, const char* what) {
  ASSERT_EQ(static_cast<int64_t>(all.size()), n) << what;
  for (int64_t i = 0; i < n; ++i) ASSERT_EQ(all[i], i) << what;
}

int64_t as_small(Value x) { return x.small_int(); }

TEST_F(NoGilTest, SharedSequenceIteratorsHandOutEachItemOnce) {
  List* l = list_new();
  for (int64_t i = 0; i < kItems; ++i) list_append(l, small_int(i));
  Tuple* t = tuple_new(kItems);
  for (int64_t i = 0; i < kItems; ++i) t->items[i] = small_int(i);
  expect_each_once(drain_shared(iter(Value(l)), as_small), kItems, "list");
  expect_each_once(drain_shared(iter(Value(t)), as_small), kItems, "tuple");
  expect_each_once(drain_shared(iter(xrange_new(0, kItems, 1)), as_small), kItems, "xrange");
  // reversed(list) walks down: item i comes back as kItems - 1 - i.
  Value rev = call(Value(&ReversedType), Value(l));
  expect_each_once(drain_shared(rev, [](Value x) { return kItems - 1 - x.small_int(); }), kItems, "reversed");
  // enumerate over a list: the count must pair with the item it numbers.
  Value en = call(Value(&EnumerateType), Value(l));
  expect_each_once(drain_shared(en,
                                [](Value x) {
                                  Tuple* p = x.as<Tuple>();
                                  return p->items[0].small_int() == p->items[1].small_int() ? p->items[0].small_int() : -1;
                                }),
                   kItems, "enumerate");
}

TEST_F(NoGilTest, SharedStrIteratorHandsOutEachCharOnce) {
  // Each char's count is checked: a duplicate and a skip would have to hit
  // the same byte value to cancel out.
  std::string text;
  for (int64_t i = 0; i < kItems; ++i) text.push_back(static_cast<char>((i * 7) % 251));
  auto all = drain_shared(iter(Value(str_new(text))), [](Value x) {
    return static_cast<int64_t>(static_cast<unsigned char>(x.as<Str>()->data[0]));
  });
  std::vector<int64_t> want;
  for (char c : text) want.push_back(static_cast<unsigned char>(c));
  std::sort(want.begin(), want.end());
  EXPECT_EQ(all, want);
}

TEST_F(NoGilTest, SharedListIteratorWhileTheListGrows) {
  // A fifth thread appends as the others iterate, moving l->items: the
  // first kItems items are each seen once, and appended ones at most once.
  List* l = list_new();
  for (int64_t i = 0; i < kItems; ++i) list_append(l, small_int(i));
  auto grow = [](Value lv) {
    for (int64_t i = 0; i < kItems; ++i) list_append(lv.as<List>(), small_int(kItems + i));
  };
  auto all = drain_shared(iter(Value(l)), as_small, grow, Value(l));
  ASSERT_GE(static_cast<int64_t>(all.size()), kItems);
  for (size_t i = 0; i < all.size(); ++i) ASSERT_EQ(all[i], static_cast<int64_t>(i));
}

// ---- generators on several threads under forced collections ----

const CodeInfo kGenCode{"g", nullptr, 1};

struct Cell {
  Cell* next;
  int64_t index, check;
};

// Builds a list of args[0] GC cells held only on the fiber stack, yields 0,
// then yields how many cells are intact (all, unless the stack was missed).
Value cells_body(Function*, Value* args) {
  FrameGuard F(&kGenCode, 1);
  int64_t n = args[0].small_int(), seed = args[1].small_int();
  Cell* head = nullptr;
  for (int64_t i = n - 1; i >= 0; --i) {
    auto* c = static_cast<Cell*>(gc_alloc(sizeof(Cell)));
    *c = Cell{head, i, i * 7919 + seed};
    head = c;
  }
  gen_yield(small_int(0));
  int64_t ok = 0, i = 0;
  for (Cell* c = head; c; c = c->next, ++i) ok += c->index == i && c->check == i * 7919 + seed;
  gen_yield(small_int(ok));
  return None();
}

// Yields 0, 1, 2, ... forever, allocating between yields (so that it runs
// long enough for other threads to find it running).
Value naturals_body(Function*, Value*) {
  FrameGuard F(&kGenCode, 1);
  for (int64_t i = 0;; ++i) {
    Cell* c = nullptr;
    for (int k = 0; k < 200; ++k) {
      auto* n = static_cast<Cell*>(gc_alloc(sizeof(Cell)));
      *n = Cell{c, i, k};
      c = n;
    }
    gen_yield(small_int(c->index));
  }
}

TEST_F(NoGilTest, GeneratorsUnderForcedCollections) {
  constexpr int kGens = 600, kCells = 40;
  fiber_set_multithreaded();
  Value shared = generator_new(naturals_body, &kGenCode, nullptr, nullptr, 0);
  // Results go to GC memory the test's frame points at; no gtest assertion
  // runs off the main thread (see LockCostSingleThread).
  auto* intact = new std::vector<int64_t>(kThreads);
  auto* busy = new std::vector<int64_t>(kThreads);
  auto* got = new std::vector<std::vector<int64_t>>(kThreads);
  GC_word gc0 = GC_get_gc_no();
  std::atomic<int> working{kThreads};
  auto body = [&](int t) {
    if (t == kThreads) {  // the collector
      // A short pause between collections: back to back, this thread can
      // take the collector's lock again before a waiting worker wakes up
      // (the lock is not fair), and a worker then starves for seconds.
      while (working.load() > 0) {
        GC_gcollect();
        std::this_thread::sleep_for(std::chrono::microseconds(100));
      }
      return;
    }
    for (int i = 0; i < kGens; ++i) {
      Value a[] = {small_int(kCells), small_int(t * 1000 + i)};
      Value g = generator_new(cells_body, &kGenCode, nullptr, a, 2);
      next(g);
      if (i % 150 == 75) GC_gcollect();  // a few for sure, however slow the collector thread
      if (i % 3) (*intact)[t] += next(g).small_int() == kCells;  // else abandoned, parked
      try {
        (*got)[t].push_back(next(shared).small_int());
      } catch (PyException& e) {
        // Another thread is running it: 2.7's ValueError, nothing else.
        if (exception_matches(e.exc, Value(&ValueErrorType))) ++(*busy)[t];
      }
    }
    --working;
  };
  testing_support::run_gc_threads(kThreads + 1, body);
  std::vector<int64_t> all;
  int64_t ok = 0, refused = 0;
  for (int t = 0; t < kThreads; ++t) {
    ok += (*intact)[t];
    refused += (*busy)[t];
    all.insert(all.end(), (*got)[t].begin(), (*got)[t].end());
  }
  EXPECT_EQ(ok, kThreads * (kGens - (kGens + 2) / 3));
  // Every value of the shared generator went to exactly one caller.
  std::sort(all.begin(), all.end());
  for (size_t i = 0; i < all.size(); ++i) ASSERT_EQ(all[i], static_cast<int64_t>(i));
  EXPECT_EQ(static_cast<int64_t>(all.size()) + refused, kThreads * kGens);
  EXPECT_EQ(next(shared).small_int(), static_cast<int64_t>(all.size()));
  std::printf("[ info     ] %zu collections, %lld of %d resumes of the shared generator refused\n",
              static_cast<size_t>(GC_get_gc_no() - gc0), static_cast<long long>(refused), kThreads * kGens);
}

// The cost of the lock for one thread: the same loops with the lock off
// (a single-threaded program) and on (another thread exists). Informational,
// and allocation-heavy: runs only with PYTRANS_LOCK_BENCH=1 in the environment.
TEST_F(NoGilTest, LockCostSingleThread) {
  // No GTEST_SKIP/SUCCEED here: gtest keeps its per-thread result list in
  // pthread TLS, which the collector does not scan, and the runtime routes
  // operator new to the collector; after this test's collections a result
  // report could touch freed memory.
  if (!std::getenv("PYTRANS_LOCK_BENCH")) return;
  auto time_loops = [] {
    auto t0 = std::chrono::steady_clock::now();
    for (int rep = 0; rep < 20; ++rep) {
      List* l = list_new();
      for (int64_t i = 0; i < 100000; ++i) list_append(l, small_int(i));
      Dict* d = dict_new();
      for (int64_t i = 0; i < 20000; ++i) dict_set(d, small_int(i), small_int(i));
      for (int64_t i = 0; i < 20000; ++i) dict_get(d, small_int(i));
    }
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  };
  bool was = g_nogil_threads;
  g_nogil_threads = false;
  time_loops();
  double off = time_loops();
  g_nogil_threads = true;
  double on = time_loops();
  g_nogil_threads = was;
  std::printf("[ lock cost ] 2M appends + 400k dict sets + 400k gets: %.1f ms unlocked, %.1f ms locked (+%.0f%%)\n",
              off, on, (on / off - 1) * 100);
}

}  // namespace
}  // namespace pytrans::rt
