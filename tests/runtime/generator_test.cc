// SPDX-License-Identifier: Apache-2.0
//
// Tests for runtime/sched (fibers) and runtime/objects/generator: the
// switch, per-fiber C++ exception state, and above all the collector's view
// of fiber stacks (cpython27-facts.md section 10). The GC tests park
// thousands of generators, each holding a large structure referenced only
// from its own suspended stack, force collections while allocating garbage
// that would overwrite anything freed too early, then check every structure
// word by word. Without the stack bookkeeping they fail (or crash).
#include <gc.h>
#include <gtest/gtest.h>

#include <time.h>

#include <cstdio>
#include <new>
#include <stdexcept>
#include <vector>

#include "core/frame.h"
#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/generator.h"
#include "objects/str.h"
#include "sched/fiber.h"

namespace pytrans::rt {
void types_finalize();

namespace {

void runtime_once() {
  static bool done = false;
  if (done) return;
  done = true;
  gc_init();
  auto* t = static_cast<ThreadState*>(gc_alloc_uncollectable(sizeof(ThreadState)));
  new (t) ThreadState();
  char here;
  t->stack_limit = &here - (6u << 20);
  tl_state = t;
  types_finalize();
}

class GeneratorTest : public ::testing::Test {
 protected:
  void SetUp() override { runtime_once(); }
};

const CodeInfo kCode{"g", nullptr, 1};

// ---- bodies (C++ stand-ins for emitted generator bodies) ----

// yield 0, 1, ..., n-1 (n = args[0]).
Value count_body(Function*, Value* args) {
  FrameGuard F(&kCode, 1);
  int64_t n = args[0].small_int();
  for (int64_t i = 0; i < n; ++i) gen_yield(small_int(i));
  return None();
}

// Echo: yields what it was sent, plus 1000.
Value echo_body(Function*, Value*) {
  FrameGuard F(&kCode, 1);
  Value v = gen_yield(small_int(-1));
  for (;;) v = gen_yield(small_int(v.small_int() + 1000));
}

struct Node {
  Node* next;
  int64_t index;
  int64_t check;
  int64_t pad[5];
};

// Builds a linked list of args[0] GC nodes held only in a local, yields
// (parked with the list on its stack), then yields the number of intact nodes.
Value list_body(Function*, Value* args) {
  FrameGuard F(&kCode, 1);
  int64_t n = args[0].small_int(), seed = args[1].small_int();
  Node* head = nullptr;
  for (int64_t i = 0; i < n; ++i) {
    auto* node = static_cast<Node*>(gc_alloc(sizeof(Node)));
    node->next = head;
    node->index = n - 1 - i;
    node->check = (n - 1 - i) * 7919 + seed;
    head = node;
  }
  gen_yield(small_int(0));
  int64_t ok = 0, i = 0;
  for (Node* p = head; p; p = p->next, ++i)
    if (p->index == i && p->check == i * 7919 + seed) ++ok;
  gen_yield(small_int(ok));
  return None();
}

// Thread CPU time: the build machine is shared, wall time is noisy.
double cpu_ns() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

void churn(int rounds) {
  for (int r = 0; r < rounds; ++r) {
    for (int i = 0; i < 20000; ++i) {
      auto* p = static_cast<int64_t*>(gc_alloc(sizeof(Node)));
      for (int k = 0; k < 8; ++k) p[k] = -1;
    }
    gc_collect();
  }
}

// ---- the basics ----

TEST_F(GeneratorTest, YieldsInOrderThenEnds) {
  Value a[] = {small_int(5)};
  Value g = generator_new(count_body, &kCode, nullptr, a, 1);
  for (int64_t i = 0; i < 5; ++i) {
    Value v = next(g);
    ASSERT_FALSE(v.is_null());
    EXPECT_EQ(v.small_int(), i);
  }
  EXPECT_TRUE(next(g).is_null());
  EXPECT_TRUE(next(g).is_null());
}

TEST_F(GeneratorTest, SendReturnsIntoYield) {
  Value g = generator_new(echo_body, &kCode, nullptr, nullptr, 0);
  EXPECT_EQ(call_method(g, str_intern("send"), None()).small_int(), -1);
  EXPECT_EQ(call_method(g, str_intern("send"), small_int(5)).small_int(), 1005);
  EXPECT_EQ(call_method(g, str_intern("send"), small_int(7)).small_int(), 1007);
}

TEST_F(GeneratorTest, FrameChainAndDepthRestored) {
  ThreadState* t = ts();
  Frame* before = t->frame;
  int depth = t->depth;
  Value a[] = {small_int(3)};
  Value g = generator_new(count_body, &kCode, nullptr, a, 1);
  next(g);
  EXPECT_EQ(t->frame, before);
  EXPECT_EQ(t->depth, depth);
  while (!next(g).is_null()) {
  }
  EXPECT_EQ(t->frame, before);
  EXPECT_EQ(t->depth, depth);
}

// A fiber parked inside a catch handler keeps its own caught exception while
// the consumer catches and finishes others (per-fiber __cxa_eh_globals).
Value catch_body(Function*, Value*) {
  FrameGuard F(&kCode, 1);
  try {
    throw std::runtime_error("inner");
  } catch (std::runtime_error&) {
    gen_yield(small_int(1));
    try {
      throw;  // rethrows the fiber's own current exception
    } catch (std::runtime_error& e) {
      gen_yield(small_int(std::string(e.what()) == "inner" ? 2 : -2));
    }
  }
  return None();
}

TEST_F(GeneratorTest, CaughtExceptionsArePerFiber) {
  Value g = generator_new(catch_body, &kCode, nullptr, nullptr, 0);
  EXPECT_EQ(next(g).small_int(), 1);
  try {
    throw std::logic_error("outer");
  } catch (std::logic_error&) {
    EXPECT_EQ(next(g).small_int(), 2);
    try {
      throw;
    } catch (std::logic_error& e) {
      EXPECT_STREQ(e.what(), "outer");
    }
  }
  EXPECT_TRUE(next(g).is_null());
}

// ---- the collector ----

TEST_F(GeneratorTest, SuspendedStacksKeepTheirObjectsAlive) {
  constexpr int kGens = 3000, kNodes = 200;
  std::vector<Value>* gens = new std::vector<Value>();  // GC-allocated: scanned
  for (int i = 0; i < kGens; ++i) {
    Value a[] = {small_int(kNodes), small_int(i)};
    gens->push_back(generator_new(list_body, &kCode, nullptr, a, 2));
    ASSERT_EQ(next((*gens)[i]).small_int(), 0);
    if (i % 500 == 0) churn(1);
  }
  churn(3);
  for (int i = 0; i < kGens; ++i) ASSERT_EQ(next((*gens)[i]).small_int(), kNodes) << "generator " << i;
  for (int i = 0; i < kGens; ++i) ASSERT_TRUE(next((*gens)[i]).is_null());
}

// A chain of generators each consuming the next: while the innermost runs,
// every outer one (and the test's own stack) is a caller, pushed as a root.
Value chain_body(Function*, Value* args) {
  FrameGuard F(&kCode, 1);
  int64_t depth = args[0].small_int();
  Node* mine = static_cast<Node*>(gc_alloc(sizeof(Node)));
  mine->index = depth;
  mine->check = depth * 31;
  if (depth == 0) {
    churn(2);  // collect with the whole chain switched out
    gen_yield(small_int(1));
    return None();
  }
  Value a[] = {small_int(depth - 1)};
  Value inner = generator_new(chain_body, &kCode, nullptr, a, 1);
  Value v = next(inner);
  churn(1);
  gen_yield(small_int(v.small_int() + (mine->index == depth && mine->check == depth * 31 ? 1 : 0)));
  return None();
}

TEST_F(GeneratorTest, CallerChainIsScanned) {
  Value a[] = {small_int(200)};
  Value g = generator_new(chain_body, &kCode, nullptr, a, 1);
  EXPECT_EQ(next(g).small_int(), 201);
}

TEST_F(GeneratorTest, AbandonedGeneratorsReleaseTheirStacks) {
  auto make_garbage = [] {
    for (int i = 0; i < 2000; ++i) {
      Value a[] = {small_int(10), small_int(i)};
      Value g = generator_new(list_body, &kCode, nullptr, a, 2);
      next(g);  // parked forever, then dropped
    }
  };
  size_t before = fiber_stats().mapped;
  make_garbage();
  for (int i = 0; i < 4; ++i) gc_collect();
  size_t after_first = fiber_stats().mapped;
  for (int round = 0; round < 5; ++round) {
    make_garbage();
    for (int i = 0; i < 4; ++i) gc_collect();
  }
  // 12,000 generators parked and dropped: their stacks were reused (stacks
  // are never unmapped, so the count only grows when none is free).
  // Conservative scanning may keep a few alive, never most of them.
  EXPECT_LT(fiber_stats().mapped, after_first + 1000);
  EXPECT_LT(fiber_stats().mapped, before + 3000);
}

// Switch cost, reported (not asserted): one next() is two switches.
TEST_F(GeneratorTest, SwitchCost) {
  constexpr int64_t kN = 2000000;
  Value a[] = {small_int(kN)};
  Value g = generator_new(count_body, &kCode, nullptr, a, 1);
  double t0 = cpu_ns();
  int64_t sum = 0;
  for (Value v = next(g); !v.is_null(); v = next(g)) sum += v.small_int();
  double t1 = cpu_ns();
  EXPECT_EQ(sum, kN * (kN - 1) / 2);
  double ns = (t1 - t0) / kN;
  std::printf("[ info     ] generator next(): %.1f ns per item (two switches)\n", ns);
}

TEST_F(GeneratorTest, CreateCost) {
  constexpr int kN = 200000;
  size_t mapped = fiber_stats().mapped;
  double t0 = cpu_ns();
  for (int i = 0; i < kN; ++i) {
    Value a[] = {small_int(1)};
    Value g = generator_new(count_body, &kCode, nullptr, a, 1);
    next(g);
    next(g);
  }
  double t1 = cpu_ns();
  double ns = (t1 - t0) / kN;
  std::printf("[ info     ] generator create + run to end: %.1f ns\n", ns);
  EXPECT_LE(fiber_stats().mapped, mapped + 1);  // one stack, reused each time
}

}  // namespace
}  // namespace pytrans::rt
