// SPDX-License-Identifier: Apache-2.0
// module objects and the registry of modules compiled into the binary.
#pragma once
#include "core/value.h"

namespace pytrans::rt {

struct Module : Object {
  Dict* dict;
  Str* name;
};

extern Type ModuleType;

using ModuleInitFn = void (*)(Module* m);

// One row per compiled module, emitted into main.cc by the transpiler.
struct ModuleEntry {
  const char* name;        // "pkg.mod"
  const char* filename;    // as shown in tracebacks / __file__
  bool is_package;
  ModuleInitFn init;
};

Module* module_new(Str* name);

// Native (C++) stdlib modules register themselves with one line in their own
// file:  static NativeModule reg("math", init_math);
// Modules compiled from Python files with the same name take precedence.
struct NativeModule {
  NativeModule(const char* name, ModuleInitFn init);
};
void register_modules(const ModuleEntry* entries, size_t n);
// import machinery (core/import.cc): returns the module object bound by
// `import name` (the top package when fromlist is empty), as __import__.
Value import_module(Str* name, Dict* globals, Value fromlist, int level);
Value import_from(Value module, Str* name);  // from m import name
void import_star(Value module, Dict* into);
Dict* sys_modules();
Module* builtins_module();

// reload(m) as 2.7: a module compiled into the program runs its body again
// in the same module object (its dict is kept, so names the new body does
// not bind survive); a builtin module whose initial dict was saved with
// module_save_initial (sys) gets that dict merged back, which is how
// `reload(sys)` brings back sys.setdefaultencoding.
Value module_reload(Value m);
void module_save_initial(Module* m);

// Runs the program: sets up the runtime, imports main_module as __main__,
// prints an uncaught exception's traceback, returns the exit status.
int run_main(int argc, char** argv, const char* main_module);

}  // namespace pytrans::rt
