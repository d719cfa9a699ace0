// SPDX-License-Identifier: Apache-2.0
// Program start-up and shutdown: runtime initialisation, the sys module
// (its struct-sequence attributes are in stdlib/native/sys_info.cc),
// running __main__, and 2.7's handling of an uncaught exception (traceback
// to stderr, exit status 1) and of SystemExit (status rules of
// cpython27-facts.md section 7).
#include <langinfo.h>
#include <sys/resource.h>

#include <clocale>

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
#include "objects/traceback.h"
#include "objects/type.h"
#include "objects/codecs.h"
#include "objects/unicode.h"

namespace pytrans::rt {

void types_finalize();
void builtins_init();
void sys_add_info(Module* sys);  // stdlib/native/sys_info.cc

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
  Value tb = t->exc_tb.is_null() ? None() : traceback_from_handler(t->exc_tb);
  return Value(tuple_of({t->exc_type, t->exc_value, tb}));
}

Value sys_exc_clear(Value, const Value*, size_t nargs, Tuple*) {
  check_nargs("exc_clear", nargs, 0, 0);
  ThreadState* t = ts();
  t->exc_type = t->exc_value = t->exc_tb = Value();
  return None();
}

Value sys_getdefaultencoding(Value, const Value*, size_t nargs, Tuple*) {
  check_nargs("getdefaultencoding", nargs, 0, 0);
  return Value(str_new(internal::default_encoding()));
}

// Deleted from sys at start-up (2.7's site.py does that); reload(sys) brings
// it back from the saved initial dict.
Value sys_setdefaultencoding(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("setdefaultencoding", nargs, 1, 1);
  Value a = args[0];
  if (is_unicode(a)) a = Value(unicode_to_str(a.as<Unicode>()));
  if (!is_str(a))
    raise_type_error("setdefaultencoding() argument 1 must be string, not %s", is_none(a) ? "None" : type_name(a));
  std::string_view name = a.as<Str>()->view();
  internal::Codec codec;
  if (!internal::codec_lookup(name, &codec)) raise_fmt(&LookupErrorType, "unknown encoding: %s", a.as<Str>()->data);
  internal::set_default_encoding(name);
  return None();
}

Value sys_getfilesystemencoding(Value, const Value*, size_t nargs, Tuple*) {
  check_nargs("getfilesystemencoding", nargs, 0, 0);
  // 2.7 asks the locale named by the environment (LANG, LC_ALL...).
  const char* old = std::setlocale(LC_CTYPE, nullptr);
  std::string saved = old ? old : "C";
  std::setlocale(LC_CTYPE, "");
  std::string codeset = nl_langinfo(CODESET);
  std::setlocale(LC_CTYPE, saved.c_str());
  return Value(str_new(codeset));
}

int g_check_interval = 100;

Value sys_getcheckinterval(Value, const Value*, size_t nargs, Tuple*) {
  check_nargs("getcheckinterval", nargs, 0, 0);
  return small_int(g_check_interval);
}

Value sys_setcheckinterval(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("setcheckinterval", nargs, 1, 1);
  if (!is_int(args[0])) raise_type_error("an integer is required");
  g_check_interval = static_cast<int>(int_value(args[0]));
  return None();
}

Value sys_getframe(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("_getframe", nargs, 0, 1);
  int64_t depth = 0;
  if (nargs) {
    if (!is_int(args[0])) raise_type_error("an integer is required");
    depth = int_value(args[0]);
  }
  return frame_current(depth);
}

void sys_init(int argc, char** argv) {
  g_sys = module_new(str_intern("sys"));
  Dict* d = g_sys->dict;
  List* av = list_new();
  for (int i = 0; i < argc; ++i) list_append(av, Value(str_new(argv[i], std::strlen(argv[i]))));
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
  set(d, "subversion", Value(tuple_of({Value(str_intern("CPython")), Value(str_intern("")), Value(str_intern(""))})));
  set(d, "api_version", small_int(1013));
  set(d, "py3kwarning", False());
  set(d, "float_repr_style", Value(str_intern("short")));
  set(d, "prefix", Value(str_intern("/usr")));
  set(d, "exec_prefix", Value(str_intern("/usr")));
  set(d, "warnoptions", Value(list_new()));
  set(d, "meta_path", Value(list_new()));
  set(d, "path_hooks", Value(list_new()));
  set(d, "path_importer_cache", Value(dict_new()));
  sys_add_info(g_sys);
  set(d, "modules", Value(sys_modules()));
  set(d, "path", Value(list_new()));
  set(d, "executable", Value(str_new(argv[0], std::strlen(argv[0]))));
  set(d, "builtin_module_names", Value(tuple_of({Value(str_intern("__builtin__")), Value(str_intern("sys"))})));
  struct Fn { const char* name; CallFn fn; };
  const Fn fns[] = {{"_getframe", sys_getframe},
                    {"exc_clear", sys_exc_clear},
                    {"exc_info", sys_exc_info},
                    {"exit", sys_exit},
                    {"getcheckinterval", sys_getcheckinterval},
                    {"getdefaultencoding", sys_getdefaultencoding},
                    {"getfilesystemencoding", sys_getfilesystemencoding},
                    {"getrecursionlimit", sys_getrecursionlimit},
                    {"setcheckinterval", sys_setcheckinterval},
                    {"setdefaultencoding", sys_setdefaultencoding},
                    {"setrecursionlimit", sys_setrecursionlimit}};
  for (const Fn& f : fns) {
    BuiltinFunction* b = builtin_function_new(f.name, f.fn);
    b->module_name = Value(g_sys->name);
    set(d, f.name, Value(b));
  }
  dict_set(sys_modules(), Value(str_intern("sys")), Value(g_sys));
  // reload(sys) restores this dict; then site.py's deletion.
  module_save_initial(g_sys);
  dict_del(d, Value(str_intern("setdefaultencoding")));
  set(d, "argv", Value(av));  // set after the saved copy, as in 2.7
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

// 2.7's call_sys_exitfunc (atexit sets sys.exitfunc): called once, after
// the program and its threads end. A SystemExit from it sets the exit
// status; any other error is reported and the status kept.
void call_exitfunc(int* status) {
  Str* name = str_intern("exitfunc");
  Value f = dict_get_str(g_sys->dict, name);
  if (f.is_null()) return;
  dict_del(g_sys->dict, Value(name));
  try {
    try {
      call(f);
    } catch (PyException& e) {
      Value exc = e.exc, tb = e.tb;
      flush_std_files();
      if (exception_matches(exc, Value(&SystemExitType))) {
        *status = exit_status_for(exc);
      } else {
        std::fputs("Error in sys.exitfunc:\n", stderr);
        print_exception(exc, tb);
      }
    }
  } catch (PyException& e) {
    flush_std_files();
    print_exception(e.exc, e.tb);
  }
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
  call_exitfunc(&status);
  flush_std_files();
  return status;
}

}  // namespace pytrans::rt
