// SPDX-License-Identifier: Apache-2.0
// Program start-up and shutdown: runtime initialisation, the sys module,
// running __main__, and 2.7's handling of an uncaught exception (traceback
// to stderr, exit status 1) and of SystemExit (status rules of
// cpython27-facts.md section 7).
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "core/frame.h"
#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "core/signals.h"
#include "core/thread_state.h"
#include "internal/hashing.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/file.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/long.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

void types_finalize();
void builtins_init();

namespace {

Module* g_sys;

void set(Dict* d, const char* name, Value v) { dict_set(d, Value(str_intern(name)), v); }

Value sys_exit(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("exit", nargs, 0, 1);
  Value arg = nargs ? args[0] : None();
  raise(exc_new(&SystemExitType, nargs ? &arg : nullptr, nargs));
}

Value sys_getrecursionlimit(Value, const Value*, size_t nargs, Tuple*) {
  check_nargs("getrecursionlimit", nargs, 0, 0);
  return small_int(g_recursion_limit);
}

Value sys_setrecursionlimit(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("setrecursionlimit", nargs, 1, 1);
  if (!is_int(args[0])) raise_type_error("an integer is required");
  int64_t n = int_value(args[0]);
  if (n <= 0) raise_value_error("recursion limit must be positive");
  g_recursion_limit = static_cast<int>(n > 1000000000 ? 1000000000 : n);
  return None();
}

Value sys_exc_info(Value, const Value*, size_t nargs, Tuple*) {
  check_nargs("exc_info", nargs, 0, 0);
  ThreadState* t = ts();
  if (t->exc_value.is_null()) return Value(tuple_of({None(), None(), None()}));
  return Value(tuple_of({t->exc_type, t->exc_value, t->exc_tb.is_null() ? None() : t->exc_tb}));
}

Value sys_exc_clear(Value, const Value*, size_t, Tuple*) {
  ThreadState* t = ts();
  t->exc_type = t->exc_value = t->exc_tb = Value();
  return None();
}

Value sys_getdefaultencoding(Value, const Value*, size_t, Tuple*) { return Value(str_intern("ascii")); }

void sys_init(int argc, char** argv) {
  g_sys = module_new(str_intern("sys"));
  Dict* d = g_sys->dict;
  List* av = list_new();
  for (int i = 0; i < argc; ++i) list_append(av, Value(str_new(argv[i], std::strlen(argv[i]))));
  set(d, "argv", Value(av));
  set(d, "stdout", Value(file_stdout()));
  set(d, "stderr", Value(file_stderr()));
  set(d, "stdin", Value(file_stdin()));
  set(d, "__stdout__", Value(file_stdout()));
  set(d, "__stderr__", Value(file_stderr()));
  set(d, "__stdin__", Value(file_stdin()));
  set(d, "maxint", make_int(INT64_MAX));
  set(d, "maxsize", make_int(INT64_MAX));
  set(d, "maxunicode", small_int(1114111));
  set(d, "byteorder", Value(str_intern("little")));
  set(d, "platform", Value(str_intern("linux2")));
  set(d, "version", Value(str_intern("2.7.18 (pytrans)")));
  set(d, "hexversion", small_int(0x020712f0));
  set(d, "version_info", Value(tuple_of({small_int(2), small_int(7), small_int(18), Value(str_intern("final")), small_int(0)})));
  set(d, "modules", Value(sys_modules()));
  set(d, "path", Value(list_new()));
  set(d, "executable", Value(str_new(argv[0], std::strlen(argv[0]))));
  set(d, "builtin_module_names", Value(tuple_of({Value(str_intern("__builtin__")), Value(str_intern("sys"))})));
  struct Fn { const char* name; CallFn fn; };
  const Fn fns[] = {{"exit", sys_exit}, {"getrecursionlimit", sys_getrecursionlimit},
                    {"setrecursionlimit", sys_setrecursionlimit}, {"exc_info", sys_exc_info},
                    {"exc_clear", sys_exc_clear}, {"getdefaultencoding", sys_getdefaultencoding}};
  for (const Fn& f : fns) set(d, f.name, Value(builtin_function_new(f.name, f.fn)));
  dict_set(sys_modules(), Value(str_intern("sys")), Value(g_sys));
}

void init_thread_state() {
  auto* t = static_cast<ThreadState*>(gc_alloc_uncollectable(sizeof(ThreadState)));
  new (t) ThreadState();
  // Stop recursing well before the real stack ends (the recursion limit may
  // be raised by the program): keep 256 KiB of headroom.
  struct rlimit rl;
  size_t size = 8u << 20;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) size = rl.rlim_cur;
  char here;
  t->stack_limit = &here - size + (256u << 10);
  tl_state = t;
}

// 2.7's handling of SystemExit's code: None -> 0, int -> that (mod 256 by
// the OS), anything else printed to stderr with status 1.
int exit_status_for(Value exc) {
  Value code = None();
  if (is_exception_instance(exc)) {
    BaseException* e = exc.as<BaseException>();
    Value c = e->dict ? dict_get_str(e->dict, str_intern("code")) : Value();
    code = c.is_null() ? None() : c;
  }
  if (is_none(code)) return 0;
  if (is_int(code)) return static_cast<int>(int_value(code) & 0xff);
  if (is_long(code)) return static_cast<int>(mpz_get_si(code.as<Long>()->z) & 0xff);
  std::fflush(stdout);
  Str* s = to_str(code);
  std::fwrite(s->data, 1, s->len, stderr);
  std::fputc('\n', stderr);
  return 1;
}

}  // namespace

int run_main(int argc, char** argv, const char* main_module) {
  gc_init();
  init_thread_state();
  if (const char* seed = std::getenv("PYTHONHASHSEED")) internal::init_hash_secret_from_env(seed);
  types_finalize();
  install_signal_handlers();
  builtins_init();
  sys_init(argc, argv);
  int status = 0;
  try {
    try {
      Value mod = import_module(str_intern(main_module), nullptr, Value(), 0);
      (void)mod;
    } catch (PyException& e) {
      Value exc = e.exc, tb = e.tb;
      if (exception_matches(exc, Value(&SystemExitType))) {
        flush_std_files();
        status = exit_status_for(exc);
      } else {
        flush_std_files();
        print_exception(exc, tb);
        status = 1;
      }
    }
  } catch (PyException& e) {
    // An exception while handling the exception (e.g. str() of SystemExit's code).
    flush_std_files();
    print_exception(e.exc, e.tb);
    status = 1;
  }
  threads_shutdown();  // 2.7's wait_for_thread_shutdown: join threading's non-daemon threads
  flush_std_files();
  return status;
}

}  // namespace pytrans::rt
