// SPDX-License-Identifier: Apache-2.0
// thread: Python 2.7's low-level threading module, with no GIL.
//
// For now a Python thread is an OS thread (1:1): start_new_thread creates a
// detached pthread through GC_pthread_create, so Boehm registers it before it
// runs and unregisters it when it exits (cpython27-facts.md section 10). The
// thread gets its own ThreadState (core/thread_state.h); the fiber scheduler
// of ARCHITECTURE.md will later run these as fibers M:N instead. Before the
// first thread starts, nogil_enable() switches the per-object container locks
// on (core/objlock.h) and fiber_set_multithreaded() makes generator switches
// safe against another thread's collection (sched/fiber.h).
//
// A lock is a flag guarded by a mutex and condition variable: unlike a
// mutex it may be released by another thread, as 2.7's lock may. Nothing
// here is a global lock that Python code holds: a thread blocked in acquire()
// or time.sleep() keeps nobody else from running.
//
// _local (threading.local) keeps one attribute dict per thread, keyed by a
// per-thread serial number that is never reused (pthread ids are); a thread
// that exits removes its entries from every local it touched.
//
// An exception escaping a thread's function prints 2.7's
// "Unhandled exception in thread started by <function f at 0x...>" and the
// traceback to stderr; SystemExit ends the thread silently. At program exit
// 2.7 does not wait for these threads: if some still run when the process
// exits, an on_exit handler ends the process with _exit() so that static
// destructors never run under a live thread.
#include <pthread.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <new>

#include "core/frame.h"
#include "core/objlock.h"
#include "core/thread_state.h"
#include "objects/file.h"
#include "sched/fiber.h"
#include "support.h"

#include <gc.h>

namespace pytrans::rt {
namespace {

Type LockType, LocalType;
Value g_thread_error;  // thread.error (static data is a GC root)
std::atomic<int64_t> g_count{0};
std::atomic<int64_t> g_serial{0};
std::atomic<size_t> g_stack_size{0};
std::atomic<bool> g_exit_hook{false};

thread_local int64_t tl_serial = 0;        // 0 = the main thread
thread_local List* tl_locals = nullptr;    // locals this thread has a dict in (on its stack too)

[[noreturn]] void raise_thread_error(const char* msg) { raise(call(g_thread_error, stdlib::str_val(msg))); }

// ---- locks ----

struct Lock : Object {
  std::mutex* m;
  std::condition_variable* cv;
  bool locked;
};

Lock* lock_new() {
  Lock* l = new_object<Lock>(&LockType);
  l->m = new std::mutex();  // operator new is the collector's: kept alive by l
  l->cv = new std::condition_variable();
  return l;
}

// timeout < 0: block; 0: try once; > 0: seconds.
bool lock_acquire_timed(Lock* l, double timeout) {
  std::unique_lock<std::mutex> g(*l->m);
  if (!l->locked) {
    l->locked = true;
    return true;
  }
  if (timeout == 0) return false;
  if (timeout < 0) {
    l->cv->wait(g, [l] { return !l->locked; });
  } else {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(timeout);
    if (!l->cv->wait_until(g, deadline, [l] { return !l->locked; })) return false;
  }
  l->locked = true;
  return true;
}

void lock_release_raw(Lock* l) {
  {
    std::lock_guard<std::mutex> g(*l->m);
    if (!l->locked) raise_thread_error("release unlocked lock");
    l->locked = false;
  }
  l->cv->notify_one();
}

void no_kwargs(const char* fname, Tuple* kw) {
  if (kw && kw->len) raise_type_error("%s() takes no keyword arguments", fname);
}

Value lock_acquire(Value self, const Value* args, size_t nargs, Tuple* kw) {
  no_kwargs("acquire", kw);
  check_nargs("acquire", nargs, 0, 1);
  bool wait = nargs == 0 || stdlib::to_i64(args[0]) != 0;
  return from_bool(lock_acquire_timed(self.as<Lock>(), wait ? -1 : 0));
}

// Not in 2.7: acquire with a timeout in seconds (None = block), used by
// threading.py's Condition.wait(timeout) instead of 2.7's polling loop.
Value lock_acquire_timeout(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("_acquire_timeout", nargs, 1, 1);
  double t = is_none(args[0]) ? -1 : stdlib::to_double(args[0]);
  if (std::isnan(t)) t = 0;
  if (t < 0 && !is_none(args[0])) t = 0;
  return from_bool(lock_acquire_timed(self.as<Lock>(), t));
}

Value lock_release(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("release", nargs, 0, 0);
  lock_release_raw(self.as<Lock>());
  return None();
}

Value lock_exit(Value self, const Value*, size_t, Tuple*) {
  lock_release_raw(self.as<Lock>());
  return None();
}

Value lock_locked(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("locked", nargs, 0, 0);
  Lock* l = self.as<Lock>();
  std::lock_guard<std::mutex> g(*l->m);
  return from_bool(l->locked);
}

// ---- thread-local data ----

struct Local : Object {
  Dict* dicts;  // serial -> attribute dict
  Tuple* args;  // constructor arguments, replayed to __init__ in each new thread
  Tuple* kwnames;
};

bool has_custom_init(Type* t) {
  Value init = type_lookup(t, str_intern("__init__"));
  return !init.is_null() && init != g_object_init;
}

Dict* local_dict(Value self) {
  Local* l = self.as<Local>();
  Value key = small_int(tl_serial);
  Value d = dict_get(l->dicts, key);
  if (!d.is_null()) return d.as<Dict>();
  Dict* nd = dict_new();
  dict_set(l->dicts, key, Value(nd));
  if (tl_locals) list_append(tl_locals, self);
  if (has_custom_init(type_of(self))) {
    size_t n = l->args ? l->args->len : 0;
    call_method_v(self, str_intern("__init__"), l->args ? l->args->items : nullptr, n - (l->kwnames ? l->kwnames->len : 0),
                  l->kwnames);
  }
  return nd;
}

Value local_new(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  Type* t = callee.as<Type>();
  if ((nargs || (kw && kw->len)) && !has_custom_init(t))
    raise_type_error("Initialization arguments are not supported");
  Local* l = new_object<Local>(t, t->instance_size > sizeof(Local) ? t->instance_size : sizeof(Local));
  l->dicts = dict_new();
  size_t total = nargs + (kw ? kw->len : 0);
  l->args = tuple_new(total);
  for (size_t i = 0; i < total; ++i) l->args->items[i] = args[i];
  l->kwnames = kw && kw->len ? kw : nullptr;
  // The creating thread's dict exists already: its __init__ runs as usual.
  dict_set(l->dicts, small_int(tl_serial), Value(dict_new()));
  if (tl_locals) list_append(tl_locals, Value(l));
  return Value(l);
}

Value local_getattr(Value self, Str* name) {
  Dict* d = local_dict(self);
  Type* t = type_of(self);
  if (name->view() == "__dict__") return Value(d);
  Value descr = type_lookup(t, name);
  Type* dt = descr.is_null() ? nullptr : type_of(descr);
  if (dt && dt->descr_get && dt->descr_set) return dt->descr_get(descr, self, Value(t));
  Value v = dict_get_str(d, name);
  if (!v.is_null()) return v;
  if (dt) return dt->descr_get ? dt->descr_get(descr, self, Value(t)) : descr;
  if (name->view() == "__class__") return Value(t);
  // 2.7 names the type by its tp_name here ("'thread._local' object has no
  // attribute 'x'"); subclasses (which may define __getattr__) get null.
  if (t == &LocalType) raise_fmt(&AttributeErrorType, "'%s' object has no attribute '%s'", t->name, name->data);
  return Value();
}

void local_setattr(Value self, Str* name, Value v) {
  Type* t = type_of(self);
  if (name->view() == "__dict__")
    raise_fmt(&AttributeErrorType, "'%s' object attribute '__dict__' is read-only", t->name);
  Dict* d = local_dict(self);
  Value descr = type_lookup(t, name);
  if (!descr.is_null() && type_of(descr)->descr_set) {
    type_of(descr)->descr_set(descr, self, v);
    return;
  }
  if (v.is_null()) {
    if (!dict_del(d, Value(name))) raise_fmt(&AttributeErrorType, "%s", name->data);
  } else {
    dict_set(d, Value(name), v);
  }
}

// ---- threads ----

struct Bootstrap {
  Value func, args, kwargs;
};

void exit_if_threads_running(int status, void*) {
  // Runs from exit(): 2.7 never waits for `thread` threads. Stop here, before
  // static destructors run while those threads may still use them.
  if (g_count.load() > 0) {
    std::fflush(nullptr);
    _exit(status);
  }
}

void print_unhandled(Value func, Value exc, Value tb) {
  if (exception_matches(exc, Value(&SystemExitType))) return;
  try {
    Str* r = repr(func);
    flush_std_files();
    std::fprintf(stderr, "Unhandled exception in thread started by %s\n", r->data);
    print_exception(exc, tb);
  } catch (PyException&) {
  }
  std::fflush(stderr);
}

void* thread_main(void* arg) {
  auto* boot = static_cast<Bootstrap*>(arg);
  // Copy to this (scanned) stack before freeing the uncollectable block.
  Value func = boot->func, args = boot->args, kwargs = boot->kwargs;
  GC_FREE(boot);
  thread_state_attach();
  tl_serial = ++g_serial;
  List* locals = list_new();  // referenced from this frame: a GC root
  tl_locals = locals;
  try {
    call_ex(func, nullptr, 0, nullptr, args, kwargs);
  } catch (PyException& e) {
    Value exc = e.exc, tb = e.tb;
    try {
      print_unhandled(func, exc, tb);
    } catch (...) {
    }
  }
  Value key = small_int(tl_serial);
  for (int64_t i = 0; i < locals->len; ++i) dict_del(locals->items[i].as<Local>()->dicts, key);
  tl_locals = nullptr;
  thread_state_detach();
  g_count.fetch_sub(1);
  return nullptr;
}

Value t_start_new_thread(Value, const Value* args, size_t nargs, Tuple* kw) {
  no_kwargs("start_new_thread", kw);
  if (nargs < 2)
    raise_type_error("start_new_thread expected at least 2 arguments, got %zu", nargs);
  if (nargs > 3) raise_type_error("start_new_thread expected at most 3 arguments, got %zu", nargs);
  if (!type_of(args[0])->call) raise_type_error("first arg must be callable");
  if (!is_tuple(args[1])) raise_type_error("2nd arg must be a tuple");
  if (nargs == 3 && !is_dict(args[2])) raise_type_error("optional 3rd arg must be a dictionary");
  nogil_enable();
  fiber_set_multithreaded();  // generator switches take the GC lock from now on
  if (!g_exit_hook.exchange(true)) on_exit(exit_if_threads_running, nullptr);
  auto* boot = static_cast<Bootstrap*>(gc_alloc_uncollectable(sizeof(Bootstrap)));
  boot->func = args[0];
  boot->args = args[1];
  boot->kwargs = nargs == 3 ? args[2] : Value();
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  size_t ss = g_stack_size.load();
  pthread_attr_setstacksize(&attr, ss ? ss : (8u << 20));
  g_count.fetch_add(1);
  pthread_t tid;
  int rc = GC_pthread_create(&tid, &attr, thread_main, boot);
  pthread_attr_destroy(&attr);
  if (rc != 0) {
    g_count.fetch_sub(1);
    GC_FREE(boot);
    raise_thread_error("can't start new thread");
  }
  return make_int(static_cast<int64_t>(tid));
}

Value t_allocate_lock(Value, const Value*, size_t nargs, Tuple*) {
  check_nargs("allocate_lock", nargs, 0, 0);
  return Value(lock_new());
}

Value t_get_ident(Value, const Value*, size_t nargs, Tuple*) {
  check_nargs("get_ident", nargs, 0, 0);
  return make_int(static_cast<int64_t>(pthread_self()));
}

Value t_count(Value, const Value*, size_t nargs, Tuple*) {
  check_nargs("_count", nargs, 0, 0);
  return make_int(g_count.load());
}

Value t_exit(Value, const Value*, size_t, Tuple*) { raise(exc_new(&SystemExitType, nullptr, 0)); }

Value t_stack_size(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("stack_size", nargs, 0, 1);
  size_t old = g_stack_size.load();
  if (nargs) {
    int64_t n = stdlib::to_i64(args[0]);
    if (n != 0 && n < 32768) raise_value_error("size not valid: %lld bytes", static_cast<long long>(n));
    if (n < 0) raise_value_error("size must be 0 or a positive value");
    g_stack_size.store(static_cast<size_t>(n));
  }
  return make_int(static_cast<int64_t>(old));
}

void register_thread_types() {
  LockType.name = "thread.lock";
  LockType.instance_size = sizeof(Lock);
  type_ready(&LockType, {{"acquire", lock_acquire},
                         {"acquire_lock", lock_acquire},
                         {"_acquire_timeout", lock_acquire_timeout},
                         {"locked", lock_locked},
                         {"locked_lock", lock_locked},
                         {"release", lock_release},
                         {"release_lock", lock_release},
                         {"__enter__", lock_acquire},
                         {"__exit__", lock_exit}});
  LocalType.name = "thread._local";
  LocalType.flags = kTypeBaseOk;
  LocalType.instance_size = sizeof(Local);
  LocalType.tp_new = local_new;
  LocalType.getattr = local_getattr;
  LocalType.setattr = local_setattr;
  type_ready(&LocalType);
}
TypeRegistrar treg(register_thread_types);

void init_thread(Module* m) {
  if (g_thread_error.is_null()) {
    Dict* ns = dict_new();
    dict_set(ns, Value(str_intern("__module__")), Value(str_intern("thread")));
    g_thread_error = type_new_heap(&TypeType, str_intern("error"), tuple_of({Value(&ExceptionType)}), ns);
  }
  stdlib::mod_set(m, "error", g_thread_error);
  stdlib::mod_set(m, "LockType", Value(&LockType));
  stdlib::mod_set(m, "_local", Value(&LocalType));
  stdlib::mod_fns(m, {{"_count", t_count},
                      {"allocate", t_allocate_lock},
                      {"allocate_lock", t_allocate_lock},
                      {"exit", t_exit},
                      {"exit_thread", t_exit},
                      {"get_ident", t_get_ident},
                      {"stack_size", t_stack_size},
                      {"start_new", t_start_new_thread},
                      {"start_new_thread", t_start_new_thread}});
}

NativeModule reg("thread", init_thread);

}  // namespace
}  // namespace pytrans::rt
