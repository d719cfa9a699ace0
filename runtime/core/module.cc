// SPDX-License-Identifier: Apache-2.0
// Modules and imports: the module type, the table of modules compiled into
// the binary, sys.modules, and 2.7's import semantics (packages, relative
// and implicit-relative imports, fromlist, partially initialised modules in
// circular imports), and reload().
#include "objects/module.h"

#include <cstddef>
#include <cstring>
#include <string>
#include <unordered_map>

#include "core/frame.h"
#include "core/gc.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

Type ModuleType;

namespace {

std::unordered_map<std::string, const ModuleEntry*>& registry() {
  static auto* r = new std::unordered_map<std::string, const ModuleEntry*>();
  return *r;
}

Dict* g_sys_modules;

// A module body is a frame: sys.exc_info() of the importer comes back when
// it ends, however it ends (2.7 restores a frame's exception state on exit).
struct ModuleExcInfo {
  ThreadState* t;
  Value type, value, tb;
  ModuleExcInfo() : t(ts()), type(t->exc_type), value(t->exc_value), tb(t->exc_tb) {}
  ~ModuleExcInfo() {
    t->exc_type = type;
    t->exc_value = value;
    t->exc_tb = tb;
  }
};

// Runs a module body, keeping the importer's exc_info. An import statement
// counts one level more than the body's frame (2.7 calls __import__ through
// PyObject_Call, core/frame.h); __main__ and reload() do not.
void run_body(const ModuleEntry* e, Module* m, int call_levels) {
  RecursionGuard import_call(call_levels, kWhileCalling);
  ModuleExcInfo keep;
  e->init(m);
}
// name -> copy of a builtin module's dict made at start-up (2.7's
// _PyImport_FixupExtension), merged back by reload().
Dict* g_initial_dicts;
// Names of the modules being reloaded: a nested reload of one returns it.
Dict* g_reloading;

Value module_getattr(Value self, Str* name) {
  Module* m = self.as<Module>();
  if (name->view() == "__dict__") return Value(m->dict);
  Value v = dict_get_str(m->dict, name);
  if (!v.is_null()) return v;
  return generic_getattr(self, name);
}

void module_setattr(Value self, Str* name, Value v) {
  Module* m = self.as<Module>();
  if (v.is_null()) {
    if (!dict_del(m->dict, Value(name))) raise_fmt(&AttributeErrorType, "%s", name->data);
    return;
  }
  dict_set(m->dict, Value(name), v);
}

Value module_repr(Value self) {
  Module* m = self.as<Module>();
  Value file = dict_get_str(m->dict, str_intern("__file__"));
  Value name = dict_get_str(m->dict, str_intern("__name__"));  // 2.7 shows the current __name__
  std::string s = "<module '";
  s += !name.is_null() && is_str(name) ? name.as<Str>()->view() : std::string_view("?");
  if (file.is_null() || !is_str(file)) s += "' (built-in)>";
  else {
    s += "' from '";
    s += file.as<Str>()->view();
    s += "'>";
  }
  return Value(str_new(s));
}

// module(name[, doc]), as types.ModuleType: __new__ makes an empty module,
// __init__ names it (so subclasses that override __init__ can call it).
Value module_tp_new(Value callee, const Value*, size_t, Tuple*) {
  Type* t = callee.as<Type>();
  Module* m = new_object<Module>(t, t->instance_size > sizeof(Module) ? t->instance_size : sizeof(Module));
  m->name = str_intern("?");
  m->dict = dict_new();
  return Value(m);
}

Value module_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value name = nargs > 0 ? args[0] : Value(), doc = nargs > 1 ? args[1] : Value();
  size_t given = nargs + (kw ? static_cast<size_t>(kw->len) : 0);
  if (given > 2) raise_type_error("module.__init__() takes at most 2 arguments (%zu given)", given);
  for (int64_t k = 0; kw && k < kw->len; ++k) {
    std::string_view n = kw->items[k].as<Str>()->view();
    Value v = args[nargs + k];
    if (n == "name" && nargs < 1) name = v;
    else if (n == "doc" && nargs < 2) doc = v;
    else if (n == "name" || n == "doc")
      raise_type_error("Argument given by name ('%s') and position (%d)", kw->items[k].as<Str>()->data, n == "name" ? 1 : 2);
    else
      raise_type_error("'%s' is an invalid keyword argument for this function", kw->items[k].as<Str>()->data);
  }
  if (name.is_null()) raise_type_error("Required argument 'name' (pos 1) not found");
  if (!is_str(name)) raise_type_error("module.__init__() argument 1 must be string, not %s", type_name(name));
  Module* m = self.as<Module>();
  m->name = name.as<Str>();
  dict_set(m->dict, Value(str_intern("__name__")), name);
  dict_set(m->dict, Value(str_intern("__doc__")), doc.is_null() ? None() : doc);
  return None();
}

void register_module_type() {
  ModuleType.name = "module";
  ModuleType.flags = kTypeBaseOk;
  ModuleType.instance_size = sizeof(Module);
  ModuleType.dict_offset = offsetof(Module, dict);
  ModuleType.getattr = module_getattr;
  ModuleType.setattr = module_setattr;
  ModuleType.repr = module_repr;
  ModuleType.tp_new = module_tp_new;
  ModuleType.tp_init = module_init;
  type_ready(&ModuleType);
  type_add_getsets(&ModuleType, {{"__dict__", nullptr, nullptr, false, true}});  // a member in 2.7
}
TypeRegistrar reg(register_module_type);

// Imports one fully qualified module (its parent already imported); null if
// it is neither loaded nor compiled in.
Value load_one(const std::string& fullname) {
  Str* key = str_intern(fullname);
  Value existing = dict_get_str(g_sys_modules, key);
  if (!existing.is_null()) return existing;
  auto it = registry().find(fullname);
  if (it == registry().end()) return Value();
  const ModuleEntry* e = it->second;
  Module* m = module_new(key);
  if (e->filename) dict_set(m->dict, Value(str_intern("__file__")), Value(str_new(e->filename, std::strlen(e->filename))));
  size_t dot = fullname.rfind('.');
  // 2.7 leaves __package__ None until the module does a relative (or
  // implicit relative) import, which fills it in (import_module below).
  dict_set(m->dict, Value(str_intern("__package__")), None());
  if (e->is_package) {
    std::string dir = e->filename ? e->filename : "";
    size_t slash = dir.rfind('/');
    dir = slash == std::string::npos ? "" : dir.substr(0, slash);
    dict_set(m->dict, Value(str_intern("__path__")), Value(list_of(std::initializer_list<Value>{Value(str_new(dir))}.begin(), 1)));
  }
  (void)dot;
  // 2.7: __main__ sees the __builtin__ module as __builtins__, other modules its dict.
  if (Module* b = builtins_module())
    dict_set(m->dict, Value(str_intern("__builtins__")), fullname == "__main__" ? Value(b) : Value(b->dict));
  dict_set(g_sys_modules, Value(key), Value(m));
  try {
    run_body(e, m, fullname == "__main__" ? 0 : 1);
  } catch (...) {
    dict_del(g_sys_modules, Value(key));
    throw;
  }
  Value result = dict_get_str(g_sys_modules, key);  // a module may replace itself
  if (dot != std::string::npos) {
    Value parent = dict_get_str(g_sys_modules, str_intern(fullname.substr(0, dot)));
    if (!parent.is_null()) setattr(parent, str_intern(fullname.substr(dot + 1)), result);
  }
  return result.is_null() ? Value(m) : result;
}

// Imports a dotted name, each prefix in turn; returns the leaf or null
// (then *failed_at is the offset of the component that was not found).
Value import_dotted(const std::string& name, Value* top, size_t* failed_at = nullptr) {
  size_t pos = 0;
  Value leaf;
  for (;;) {
    size_t dot = name.find('.', pos);
    std::string prefix = name.substr(0, dot);
    leaf = load_one(prefix);
    if (leaf.is_null()) {
      if (failed_at) *failed_at = pos;
      return Value();
    }
    if (pos == 0 && top) *top = leaf;
    if (dot == std::string::npos) return leaf;
    pos = dot + 1;
  }
}

// The package a module's relative imports are resolved against.
std::string package_of(Dict* globals) {
  if (!globals) return "";
  Value pkg = dict_get_str(globals, str_intern("__package__"));
  if (!pkg.is_null() && is_str(pkg)) return std::string(pkg.as<Str>()->view());
  Value name = dict_get_str(globals, str_intern("__name__"));
  if (name.is_null() || !is_str(name)) return "";
  std::string n(name.as<Str>()->view());
  if (!dict_get_str(globals, str_intern("__path__")).is_null()) return n;
  size_t dot = n.rfind('.');
  return dot == std::string::npos ? "" : n.substr(0, dot);
}

}  // namespace

NativeModule::NativeModule(const char* name, ModuleInitFn init) {
  auto* e = new ModuleEntry{name, nullptr, false, init};
  registry().emplace(name, e);
}

Module* module_new(Str* name) {
  Module* m = new_object<Module>(&ModuleType);
  m->name = name;
  m->dict = dict_new();
  dict_set(m->dict, Value(str_intern("__name__")), Value(name));
  dict_set(m->dict, Value(str_intern("__doc__")), None());
  return m;
}

void register_modules(const ModuleEntry* entries, size_t n) {
  for (size_t i = 0; i < n; ++i) registry()[entries[i].name] = &entries[i];
}

Dict* sys_modules() {
  if (!g_sys_modules) g_sys_modules = dict_new();
  return g_sys_modules;
}

Value import_module(Str* name, Dict* globals, Value fromlist, int level) {
  sys_modules();
  std::string n(name->view());
  bool has_from = !fromlist.is_null() && !is_none(fromlist) && truth(fromlist);
  std::string base;
  if (level != 0) {
    base = package_of(globals);
    if (globals) {
      Value pkg = dict_get_str(globals, str_intern("__package__"));
      if (pkg.is_null() || is_none(pkg))
        dict_set(globals, Value(str_intern("__package__")), base.empty() ? None() : Value(str_new(base)));
    }
    // level > 0: explicit relative; level -1: 2.7 implicit relative (try the package first).
    for (int i = 1; i < level; ++i) {
      size_t dot = base.rfind('.');
      if (dot == std::string::npos) {
        if (base.empty() || i < level) raise_msg(&ValueErrorType, "Attempted relative import beyond toplevel package");
      }
      base = dot == std::string::npos ? "" : base.substr(0, dot);
    }
    if (level > 0 && base.empty()) raise_msg(&ValueErrorType, "Attempted relative import in non-package");
  }
  Value top, leaf;
  std::string full;
  if (level == -1 && !base.empty()) {
    full = n.empty() ? base : base + "." + n;
    Value rel_top;
    leaf = import_dotted(full, &rel_top);
    if (!leaf.is_null()) {
      // The name bound by `import a.b` is the top of the relative chain.
      std::string first = base + "." + n.substr(0, n.find('.'));
      top = dict_get_str(g_sys_modules, str_intern(first));
    }
  }
  if (leaf.is_null()) {
    if (level > 0) full = n.empty() ? base : base + "." + n;
    else full = n;
    size_t failed_at = 0;
    leaf = import_dotted(full, &top, &failed_at);
    if (leaf.is_null()) {
      // 2.7 names the rest of the dotted name from the missing component on.
      raise_fmt(&ImportErrorType, "No module named %s", full.substr(failed_at).c_str());
    }
    if (level > 0) {
      std::string first = n.empty() ? base : base + "." + n.substr(0, n.find('.'));
      top = dict_get_str(g_sys_modules, str_intern(first));
    }
  }
  if (!has_from) return top.is_null() ? leaf : top;
  // from pkg import a, b: submodules named in the fromlist are imported.
  if (!dict_get_str(leaf.as<Module>()->dict, str_intern("__path__")).is_null()) {
    Value it = iter(fromlist);
    for (Value item = next(it); !item.is_null(); item = next(it)) {
      if (!is_str(item) || item.as<Str>()->view() == "*") continue;
      if (getattr_opt(leaf, item.as<Str>()).is_null()) load_one(full + "." + std::string(item.as<Str>()->view()));
    }
  }
  return leaf;
}

void module_save_initial(Module* m) {
  if (!g_initial_dicts) g_initial_dicts = dict_new();
  Dict* copy = dict_new();
  dict_merge(copy, Value(m->dict), true);
  dict_set(g_initial_dicts, Value(m->name), Value(copy));
}

Value module_reload(Value mv) {
  if (mv.is_small_int() || !is_subtype(type_of(mv), &ModuleType)) raise_type_error("reload() argument must be module");
  Module* m = mv.as<Module>();
  Value namev = dict_get_str(m->dict, str_intern("__name__"));
  if (namev.is_null() || !is_str(namev)) raise_msg(&SystemErrorType, "nameless module");
  Str* name = namev.as<Str>();
  Value in_modules = dict_get_str(sys_modules(), name);
  if (in_modules.is_null() || in_modules.bits != mv.bits)
    raise_fmt(&ImportErrorType, "reload(): module %.200s not in sys.modules", name->data);
  if (!g_reloading) g_reloading = dict_new();
  if (!dict_get_str(g_reloading, name).is_null()) return mv;
  std::string full(name->view());
  size_t dot = full.rfind('.');
  std::string sub = dot == std::string::npos ? full : full.substr(dot + 1);
  if (dot != std::string::npos && dict_get_str(g_sys_modules, str_intern(full.substr(0, dot))).is_null())
    raise_fmt(&ImportErrorType, "reload(): parent %.200s not in sys.modules", full.substr(0, dot).c_str());
  if (full == "__main__") raise_msg(&ImportErrorType, "Cannot re-init internal module __main__");
  Value initial = g_initial_dicts ? dict_get_str(g_initial_dicts, name) : Value();
  if (!initial.is_null()) {
    dict_merge(m->dict, initial, true);
    return mv;
  }
  auto it = registry().find(full);
  if (it == registry().end()) raise_fmt(&ImportErrorType, "No module named %s", sub.c_str());
  dict_set(g_reloading, Value(name), mv);
  try {
    run_body(it->second, m, 0);
  } catch (...) {
    dict_del(g_reloading, Value(name));
    // The failed body may have replaced the entry: the old module stays.
    dict_set(g_sys_modules, Value(name), mv);
    throw;
  }
  dict_del(g_reloading, Value(name));
  Value result = dict_get_str(g_sys_modules, name);
  return result.is_null() ? mv : result;
}

Value import_from(Value module, Str* name) {
  Value v = getattr_opt(module, name);
  if (v.is_null()) raise_fmt(&ImportErrorType, "cannot import name %s", name->data);
  return v;
}

void import_star(Value module, Dict* into) {
  Value all = getattr_opt(module, str_intern("__all__"));
  if (!all.is_null()) {
    Value it = iter(all);
    for (Value n = next(it); !n.is_null(); n = next(it)) {
      if (!is_str(n)) raise_type_error("attribute name must be string");
      dict_set(into, n, getattr(module, n.as<Str>()));
    }
    return;
  }
  Dict* d = getattr(module, str_intern("__dict__")).as<Dict>();
  int64_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) {
    if (is_str(k) && k.as<Str>()->len > 0 && k.as<Str>()->data[0] == '_') continue;
    dict_set(into, k, v);
  }
}

}  // namespace pytrans::rt
