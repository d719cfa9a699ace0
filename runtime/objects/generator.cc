// SPDX-License-Identifier: Apache-2.0
// generator objects: next/send/throw/close on a fiber (see generator.h).
//
// Resuming (gen_resume) links the body's frame under the consumer's current
// frame, sets the recursion depth and the stack guard for the fiber stack,
// and switches; on the way back it restores the consumer's ThreadState.
// Values and exceptions cross the switch through the Generator object, which
// the collector scans. Exceptions never unwind across the switch: the fiber's
// entry catches whatever leaves the body, and gen_resume rethrows it on the
// consumer's side (PyException with its original traceback).
//
// 2.7's texts: "generator already executing" (ValueError, re-entry), "can't
// send non-None value to a just-started generator" (TypeError), "generator
// ignored GeneratorExit" (RuntimeError, close() met a yield).
#include "objects/generator.h"

#include <gc.h>
#include <gc/gc_mark.h>

#include <cstdio>
#include <mutex>

#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/type.h"
#include "sched/fiber.h"

namespace pytrans::rt {

Value code_object(const CodeInfo* info);  // code.cc


Type GeneratorType;

namespace {

// ---- the GC kind: object words plus the suspended stack ----

int g_gen_kind = -1;

GC_ms_entry* gen_mark(GC_word* addr, GC_ms_entry* msp, GC_ms_entry* lim, GC_word) {
  // Word 0 is the type pointer (static), or a free-list link: never followed.
  constexpr size_t kWords = sizeof(Generator) / sizeof(GC_word);
  for (size_t i = 1; i < kWords; ++i)
    msp = GC_MARK_AND_PUSH(reinterpret_cast<void*>(addr[i]), msp, lim, reinterpret_cast<void**>(addr + i));
  auto* g = reinterpret_cast<Generator*>(addr);
  void *lo, *hi;
  if (g->fiber) fiber_mark_live(g->fiber);
  if (g->fiber && fiber_stack_range(g->fiber, &lo, &hi)) {
    for (void** p = static_cast<void**>(lo); p < static_cast<void**>(hi); ++p)
      msp = GC_MARK_AND_PUSH(*p, msp, lim, p);
  }
  return msp;
}

void init_kind() {
  void** fl = GC_new_free_list();
  unsigned proc = GC_new_proc(gen_mark);
  g_gen_kind = static_cast<int>(GC_new_kind(fl, GC_MAKE_PROC(proc, 0), 0, 1));
}

Generator* alloc_generator() {
  static std::once_flag once;
  std::call_once(once, init_kind);
  void* p = GC_generic_malloc(sizeof(Generator), g_gen_kind);
  if (!p) raise_memory_error();
  return static_cast<Generator*>(p);
}

// ---- running the body ----

void gen_main(Fiber* f) {
  auto* g = static_cast<Generator*>(f->owner);
  try {
    g->body(g->fn, g->args);
  } catch (PyException& e) {
    g->exc = e.exc;
    g->tb = e.tb;
  } catch (...) {
    f->foreign = std::current_exception();
  }
  g->body_done = true;  // the state itself is the resumer's to change
  fiber_finish();
}

// ---- the state machine, safe without a GIL ----
//
// Only the thread that moved g->state to kGenRunning (gen_acquire) may touch
// the generator's fiber, frame and transfer slots, and only it moves the
// state on (gen_release), after the body has switched back. So a second
// thread calling next() sees kGenRunning and gets 2.7's ValueError, never a
// fiber that is still on another thread's CPU; the release store publishes
// everything the body wrote to whoever acquires the generator next.

// Created/Suspended -> Running, returning the old state; kGenFinished is
// returned unchanged. Raises if another call (this thread's or another's)
// is running the generator.
int32_t gen_acquire(Generator* g) {
  int32_t s = __atomic_load_n(&g->state, __ATOMIC_ACQUIRE);
  for (;;) {
    if (s == kGenRunning) raise_value_error("generator already executing");
    if (s == kGenFinished) return s;
    if (__atomic_compare_exchange_n(&g->state, &s, kGenRunning, true, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) return s;
  }
}

inline void gen_release(Generator* g, int32_t state) { __atomic_store_n(&g->state, state, __ATOMIC_RELEASE); }

inline int32_t gen_state(const Generator* g) { return __atomic_load_n(&g->state, __ATOMIC_ACQUIRE); }

// Runs an acquired generator (prev: its state before gen_acquire) until it
// yields (returns the value) or ends (returns null; an exception from the
// body is rethrown here), and releases it. g->transfer holds the value sent
// in, or g->throw_pending an exception to raise at the yield.
// A stackless generator's resume: a plain call on the consumer's stack.
Value step_resume(Generator* g) {
  Value r;
  try {
    r = g->step(g->args);
  } catch (...) {
    gen_release(g, kGenFinished);
    throw;
  }
  gen_release(g, r.is_null() ? kGenFinished : kGenSuspended);
  return r;
}

inline __attribute__((always_inline)) Value gen_resume(Generator* g, int32_t prev) {
  if (g->step) return step_resume(g);
  ThreadState* t = ts();
  Frame* saved_frame = t->frame;
  int saved_depth = t->depth;
  char* saved_limit = t->stack_limit;
  // 2.7 restores the consumer's sys.exc_info() when a generator yields.
  Value saved_et = t->exc_type, saved_ev = t->exc_value, saved_etb = t->exc_tb;
  if (prev == kGenCreated) {
    fiber_new(gen_main, g, &g->fiber);
  } else {
    if (saved_depth >= g_recursion_limit) {
      gen_release(g, prev);
      raise_recursion_error();
    }
    g->frame->back = saved_frame;
    t->frame = g->frame;
    t->depth = saved_depth + 1;
  }
  t->stack_limit = g->fiber->ctx.limit;
  fiber_resume(g->fiber);
  t->frame = saved_frame;
  t->depth = saved_depth;
  t->stack_limit = saved_limit;
  t->exc_type = saved_et;
  t->exc_value = saved_ev;
  t->exc_tb = saved_etb;
  if (__builtin_expect(g->body_done, 0)) {
    g->frame = nullptr;
    std::exception_ptr foreign = std::move(g->fiber->foreign);
    fiber_release(&g->fiber);
    Value e = g->exc, tb = g->tb;
    g->exc = g->tb = Value();
    gen_release(g, kGenFinished);
    if (foreign) std::rethrow_exception(foreign);
    if (!e.is_null()) reraise(e, tb);
    return Value();
  }
  Value r = g->transfer;
  g->transfer = Value();
  gen_release(g, kGenSuspended);
  return r;
}

Generator* check_gen(Value self) {
  if (!is_generator(self)) raise_type_error("descriptor requires a 'generator' object");
  return self.as<Generator>();
}

// next() and send(v): 2.7 checks "already executing", then exhaustion, then
// a non-None value sent to a generator that has not started.
Value send_value(Generator* g, Value v) {
  int32_t prev = gen_acquire(g);
  if (prev == kGenFinished) raise_stop_iteration();
  if (prev == kGenCreated && !is_none(v)) {
    gen_release(g, prev);
    raise_type_error("can't send non-None value to a just-started generator");
  }
  g->transfer = v;
  Value r = gen_resume(g, prev);
  if (r.is_null()) raise_stop_iteration();
  return r;
}

// throw(type[, value[, tb]]) after 2.7's argument checks.
Value throw_into(Generator* g, Value type, Value value, Value tb) {
  if (!tb.is_null() && is_none(tb)) tb = Value();
  if (!tb.is_null() && type_of(tb) != &TracebackType)
    raise_type_error("throw() third argument must be a traceback object");
  bool is_class = (is_type(type) && is_subtype(type.as<Type>(), &BaseExceptionType)) ||
                  (!type.is_small_int() && type.obj()->type == &ClassObjType);
  if (!is_class) {
    if (!is_exception_instance(type) && !(!type.is_small_int() && type.obj()->type == &InstanceType))
      raise_type_error("exceptions must be classes, or instances, not %s", type_name(type));
    if (!value.is_null() && !is_none(value)) raise_type_error("instance exception may not have a separate value");
  }
  int32_t prev = gen_acquire(g);
  // Finished: the exception just propagates.
  if (prev == kGenFinished) raise_stmt(type, value, tb);
  if (prev == kGenCreated || g->step) {
    // Not started: the generator is finished without running, and the
    // exception comes from its (first) line. Suspended stackless genexp:
    // raised at its yield, where nothing handles it.
    gen_release(g, kGenFinished);
    FrameGuard F(g->code, g->code->firstlineno);
    raise_stmt(type, value, tb);
  }
  g->throw_pending = true;
  g->exc = type;
  g->throw_value = value;
  g->tb = tb;
  Value r = gen_resume(g, prev);
  if (r.is_null()) raise_stop_iteration();
  return r;
}

// ---- slots ----

Value gen_iter(Value self) { return self; }

Value gen_iternext(Value self) {
  Generator* g = self.as<Generator>();
  int32_t prev = gen_acquire(g);
  if (prev == kGenFinished) return Value();
  g->transfer = None();
  try {
    return gen_resume(g, prev);
  } catch (PyException& e) {
    if (exception_matches(e.exc, Value(&StopIterationType))) return Value();
    throw;
  }
}

Value gen_repr(Value self) {
  Generator* g = self.as<Generator>();
  char buf[128];
  std::snprintf(buf, sizeof buf, "<generator object %s at %p>", g->code->name, reinterpret_cast<void*>(self.bits));
  return Value(str_new(buf, std::char_traits<char>::length(buf)));
}

Value gen_getattr(Value self, Str* name) {
  Generator* g = self.as<Generator>();
  std::string_view n = name->view();
  if (n == "gi_running") return small_int(gen_state(g) == kGenRunning);  // an int in 2.7
  if (n == "gi_code") return code_object(g->code);
  if (n == "__name__") return Value(str_new(g->code->name, std::char_traits<char>::length(g->code->name)));
  // No frame objects: gi_frame is only good for `is None` (finished) tests.
  if (n == "gi_frame") return gen_state(g) == kGenFinished ? None() : True();
  return generic_getattr(self, name);
}

// ---- methods ----

Value m_close(Value self, const Value*, size_t nargs, Tuple*) {
  if (nargs) raise_type_error("close() takes no arguments (%zu given)", nargs);
  Generator* g = check_gen(self);
  int32_t prev = gen_acquire(g);
  if (prev == kGenFinished) return None();
  // Not started, or GeneratorExit at the yield of a genexp: it just ends.
  if (prev == kGenCreated || g->step) {
    gen_release(g, kGenFinished);
    return None();
  }
  g->throw_pending = true;
  g->exc = Value(&GeneratorExitType);
  g->throw_value = Value();
  g->tb = Value();
  try {
    Value r = gen_resume(g, prev);
    if (!r.is_null()) raise_msg(&RuntimeErrorType, "generator ignored GeneratorExit");
  } catch (PyException& e) {
    if (exception_matches(e.exc, Value(&GeneratorExitType)) || exception_matches(e.exc, Value(&StopIterationType)))
      return None();
    throw;
  }
  return None();
}

Value m_next(Value self, const Value*, size_t nargs, Tuple*) {
  if (nargs) raise_type_error("next() takes no arguments (%zu given)", nargs);
  return send_value(check_gen(self), None());
}

Value m_send(Value self, const Value* args, size_t nargs, Tuple*) {
  if (nargs != 1) raise_type_error("send() takes exactly one argument (%zu given)", nargs);
  return send_value(check_gen(self), args[0]);
}

Value m_throw(Value self, const Value* args, size_t nargs, Tuple*) {
  if (nargs < 1 || nargs > 3) raise_type_error("throw expected at least 1 arguments, got %zu", nargs);
  Generator* g = check_gen(self);
  return throw_into(g, args[0], nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value());
}

Value m_iter(Value self, const Value*, size_t nargs, Tuple*) {
  if (nargs) raise_type_error("__iter__() takes no arguments (%zu given)", nargs);
  return self;
}

void register_generator() {
  GeneratorType.name = "generator";
  GeneratorType.iter = gen_iter;
  GeneratorType.iternext = gen_iternext;
  GeneratorType.repr = gen_repr;
  GeneratorType.getattr = gen_getattr;
  type_ready(&GeneratorType, {
      {"__iter__", m_iter},
      {"close", m_close},
      {"next", m_next},
      {"send", m_send},
      {"throw", m_throw},
  });
  type_add_getsets(&GeneratorType, {{"__name__"}, {"gi_code", nullptr, nullptr, false, true},
                                    {"gi_frame", nullptr, nullptr, false, true},
                                    {"gi_running", nullptr, nullptr, false, true}});
}
TypeRegistrar reg(register_generator);

}  // namespace

Value generator_new(GenBodyFn body, const CodeInfo* code, Function* fn, const Value* args, size_t nargs) {
  Generator* g = alloc_generator();
  g->type = &GeneratorType;
  g->body = body;
  g->code = code;
  g->fn = fn;
  if (nargs) {
    g->args = new_value_array(nargs);
    for (size_t i = 0; i < nargs; ++i) g->args[i] = args[i];
  }
  g->state = kGenCreated;
  return Value(g);
}

Value generator_new_stackless(GenStepFn step, const CodeInfo* code, const Value* args, size_t nargs) {
  Value g = generator_new(nullptr, code, nullptr, args, nargs);
  g.as<Generator>()->step = step;
  return g;
}

Value gen_yield(Value v) {
  Fiber* f = fiber_current();
  auto* g = static_cast<Generator*>(f->owner);
  g->frame = ts()->frame;
  g->transfer = v;
  fiber_suspend();
  // Resumed, maybe by another thread: gen_resume has relinked our frame.
  if (__builtin_expect(g->throw_pending, 0)) {
    g->throw_pending = false;
    Value type = g->exc, value = g->throw_value, tb = g->tb;
    g->exc = g->throw_value = g->tb = Value();
    raise_stmt(type, value, tb);
  }
  Value r = g->transfer;
  g->transfer = Value();
  return r;
}

}  // namespace pytrans::rt
