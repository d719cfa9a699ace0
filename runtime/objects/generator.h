// SPDX-License-Identifier: Apache-2.0
// generator: a Python generator function's activation, run on a fiber.
//
// The emitter compiles a generator function into two C++ functions: the
// entry (binds the call's arguments, then returns generator_new(...)) and
// the body, emitted exactly like an ordinary function body, which runs on
// the generator's own fiber stack (sched/fiber.h). `yield v` in the body is
// gen_yield(v): it parks the fiber and hands v to the consumer; the value it
// returns is what the consumer sent (None for next()). So yield works
// anywhere a call does: inside try/except/finally, with, loops, expressions.
//
// The body's Frame lives on the fiber stack. While the generator runs it is
// linked into the consumer's frame chain (ThreadState::frame) and counts one
// level of recursion depth, as a resumed frame does in 2.7; a raise inside
// the body therefore snapshots the consumer's frames too, and an exception
// leaving the body reaches the consumer with that traceback.
//
// Most generator expressions (one `for` clause) are stackless instead: see
// generator_new_stackless.
//
// A generator owns its fiber from the first resume until the body ends. An
// abandoned generator (never run to the end) is collected normally: its
// suspended stack is scanned only when the generator object is marked (a
// custom GC kind with a mark procedure), never as a root, so a generator
// whose stack points at itself still becomes garbage; after a collection
// that did not mark it, the stack goes back to the pool (sched/fiber.h,
// fiber_mark_live). Unlike CPython, an abandoned generator's finally blocks
// do not run.
#pragma once

#include "core/frame.h"
#include "core/value.h"

namespace pytrans::rt {

struct Function;
struct Fiber;

// The emitted body: fn is the generator function (closure cells) or null for
// a generator expression, args the values the entry bound (copied).
using GenBodyFn = Value (*)(Function* fn, Value* args);
// A stackless generator expression's step: runs on the consumer's stack,
// returns the next value or null at the end; its state lives in args.
using GenStepFn = Value (*)(Value* args);

enum GenState : int32_t { kGenCreated, kGenSuspended, kGenRunning, kGenFinished };

struct Generator : Object {
  Fiber* fiber;          // from the first resume until the body ends
  GenBodyFn body;
  GenStepFn step;        // stackless (no fiber) when set
  const CodeInfo* code;
  Function* fn;
  Value* args;
  Frame* frame;          // the body's frame, while suspended
  Value transfer;        // yielded / sent value in flight
  Value exc, tb;         // exception thrown in (pending) or raised out
  Value throw_value;     // throw(type, value): the value
  int32_t state;          // GenState; atomic (generator.cc, "the state machine")
  bool throw_pending;
  bool body_done;         // set on the fiber as the body ends
};

extern Type GeneratorType;

// The generator object returned by calling a generator function.
Value generator_new(GenBodyFn body, const CodeInfo* code, Function* fn, const Value* args, size_t nargs);
// A generator expression with a single `for` clause needs no fiber: its only
// resume point is the end of its loop body, so each next() calls step(args),
// which keeps the iterator and the genexp's locals in args.
Value generator_new_stackless(GenStepFn step, const CodeInfo* code, const Value* args, size_t nargs);
// `yield v` inside a generator body: returns the value sent in.
Value gen_yield(Value v);

inline bool is_generator(Value v) { return !v.is_small_int() && v.obj()->type == &GeneratorType; }

}  // namespace pytrans::rt
