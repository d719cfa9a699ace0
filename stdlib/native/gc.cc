// SPDX-License-Identifier: Apache-2.0
// gc: 2.7's interface to the cycle collector, over the Boehm collector.
//
// pytrans has no reference counts, so the collector here is the only one
// and it must keep running: gc.disable() only changes what isenabled()
// reports (as in 2.7, where reference counting keeps freeing memory while
// the cycle collector is off). collect() runs a full collection and the
// __del__ finalizers that became ready (core/finalize.h); it returns 0,
// since the collector does not count what it frees. Thresholds and debug
// flags are kept and reported, and change nothing. get_objects,
// get_referrers and get_referents need an object registry the collector
// does not keep.
#include "core/finalize.h"
#include "core/gc.h"
#include "support.h"

namespace pytrans::rt {
namespace {

bool g_enabled = true;
int64_t g_threshold[3] = {700, 10, 10};
int64_t g_debug = 0;
Value g_garbage;  // the module's gc.garbage list (reachable through the module)

Value gc_collect_fn(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("collect", kw);
  check_nargs("collect", nargs, 0, 1);
  if (nargs) {
    int64_t gen = stdlib::to_i64(args[0]);
    if (gen < 0 || gen > 2) raise_value_error("invalid generation");
  }
  gc_collect();
  run_pending_finalizers();
  return small_int(0);
}

Value gc_enable(Value, const Value*, size_t nargs, Tuple*) {
  check_nargs("enable", nargs, 0, 0);
  g_enabled = true;
  return None();
}

Value gc_disable(Value, const Value*, size_t nargs, Tuple*) {
  check_nargs("disable", nargs, 0, 0);
  g_enabled = false;
  return None();
}

Value gc_isenabled(Value, const Value*, size_t nargs, Tuple*) {
  check_nargs("isenabled", nargs, 0, 0);
  return from_bool(g_enabled);
}

Value gc_get_threshold(Value, const Value*, size_t nargs, Tuple*) {
  check_nargs("get_threshold", nargs, 0, 0);
  return Value(tuple_of({make_int(g_threshold[0]), make_int(g_threshold[1]), make_int(g_threshold[2])}));
}

Value gc_set_threshold(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("set_threshold", kw);
  if (nargs < 1 || nargs > 3)
    raise_type_error("set_threshold() takes at %s %d argument%s (%zu given)", nargs < 1 ? "least" : "most",
                     nargs < 1 ? 1 : 3, nargs < 1 ? "" : "s", nargs);
  for (size_t i = 0; i < nargs; ++i) g_threshold[i] = stdlib::to_i64(args[i]);
  return None();
}

Value gc_get_count(Value, const Value*, size_t nargs, Tuple*) {
  check_nargs("get_count", nargs, 0, 0);
  return Value(tuple_of({small_int(0), small_int(0), small_int(0)}));
}

Value gc_set_debug(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("set_debug", kw);
  check_nargs("set_debug", nargs, 1, 1);
  g_debug = stdlib::to_i64(args[0]);
  return None();
}

Value gc_get_debug(Value, const Value*, size_t nargs, Tuple*) {
  check_nargs("get_debug", nargs, 0, 0);
  return make_int(g_debug);
}

Value gc_get_objects(Value, const Value*, size_t, Tuple*) { raise_not_implemented("gc.get_objects()"); }
Value gc_get_referrers(Value, const Value*, size_t, Tuple*) { raise_not_implemented("gc.get_referrers()"); }
Value gc_get_referents(Value, const Value*, size_t, Tuple*) { raise_not_implemented("gc.get_referents()"); }

// 2.7 tracks containers (and instances); atoms such as ints and strs are not.
Value gc_is_tracked(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("is_tracked", kw);
  check_nargs("is_tracked", nargs, 1, 1);
  Value v = args[0];
  bool atom = v.is_small_int() || is_none(v) || is_int(v) || is_long(v) || is_str(v) || is_float(v);
  return from_bool(!atom);
}

void init_gc(Module* m) {
  using stdlib::mod_set;
  g_garbage = Value(list_new());
  mod_set(m, "garbage", g_garbage);
  mod_set(m, "DEBUG_STATS", small_int(1));
  mod_set(m, "DEBUG_COLLECTABLE", small_int(2));
  mod_set(m, "DEBUG_UNCOLLECTABLE", small_int(4));
  mod_set(m, "DEBUG_INSTANCES", small_int(8));
  mod_set(m, "DEBUG_OBJECTS", small_int(16));
  mod_set(m, "DEBUG_SAVEALL", small_int(32));
  mod_set(m, "DEBUG_LEAK", small_int(62));
  stdlib::mod_fns(m, {{"collect", gc_collect_fn},     {"enable", gc_enable},
                      {"disable", gc_disable},        {"isenabled", gc_isenabled},
                      {"get_threshold", gc_get_threshold}, {"set_threshold", gc_set_threshold},
                      {"get_count", gc_get_count},    {"set_debug", gc_set_debug},
                      {"get_debug", gc_get_debug},    {"get_objects", gc_get_objects},
                      {"get_referrers", gc_get_referrers}, {"get_referents", gc_get_referents},
                      {"is_tracked", gc_is_tracked}});
}

NativeModule reg("gc", init_gc);

}  // namespace
}  // namespace pytrans::rt
