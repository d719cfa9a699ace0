// SPDX-License-Identifier: Apache-2.0
// _pytrans: pytrans-specific helpers for the pure-Python stdlib modules,
// standing in for things 2.7's stdlib reaches through the interpreter:
//   tuple_new(cls, iterable)   tuple.__new__ for tuple subclasses (namedtuple)
//   tb_entries(tb[, trim])     [(filename, lineno, name, line or None)],
//                              outermost first (traceback.extract_tb),
//                              from the frame that caught the exception
//   exc_traceback(exc)         the traceback of an exception's last raise
#include <algorithm>
#include <cstring>

#include "core/gc.h"
#include "objects/exceptions.h"
#include "support.h"

namespace pytrans::rt {
namespace {

Value p_tuple_new(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("tuple_new", nargs, 2, 2);
  if (!is_type(args[0]) || !is_subtype(args[0].as<Type>(), &TupleType))
    raise_type_error("tuple.__new__(X): X is not a subtype of tuple");
  return TupleType.tp_new(args[0], args + 1, 1, nullptr);
}

Value p_tb_entries(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("tb_entries", nargs, 1, 2);
  List* out = list_new();
  Value tbv = args[0];
  if (is_none(tbv)) return Value(out);
  if (tbv.is_small_int() || type_of(tbv) != &TracebackType) raise_type_error("a traceback is required");
  Traceback* tb = tbv.as<Traceback>();
  // A pytrans traceback snapshots the whole frame chain at the raise, while
  // 2.7's starts at the frame that caught the exception. That frame is the
  // deepest one the snapshot shares with the current chain (extract_tb is
  // called from the handler or below it), so entries above it are dropped.
  std::vector<const CodeInfo*> chain;
  for (Frame* f = ts()->frame; f; f = f->back) chain.push_back(f->code);
  std::reverse(chain.begin(), chain.end());
  int64_t common = 0;
  while (common < tb->n && common < static_cast<int64_t>(chain.size()) &&
         tb->entries[common].code == chain[static_cast<size_t>(common)])
    ++common;
  int64_t first = (nargs > 1 && !truth(args[1])) || common == 0 ? 0 : common - 1;
  for (int64_t i = first; i < tb->n; ++i) {
    const TracebackEntry& e = tb->entries[i];
    const ModuleCode* m = e.code ? e.code->module : nullptr;
    Value filename = stdlib::str_val(m && m->filename ? m->filename : "<unknown>");
    Value name = stdlib::str_val(e.code && e.code->name ? e.code->name : "?");
    Value line = None();
    if (m && m->lines && e.line >= 1 && e.line <= m->nlines) {
      std::string_view s(m->lines[e.line - 1]);
      size_t b = s.find_first_not_of(" \t\f\r\n");
      size_t t = s.find_last_not_of(" \t\f\r\n");
      line = stdlib::str_val(b == std::string_view::npos ? std::string_view() : s.substr(b, t - b + 1));
    }
    list_append(out, Value(tuple_of({filename, make_int(e.line), name, line})));
  }
  return Value(out);
}

Value p_exc_traceback(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("exc_traceback", nargs, 1, 1);
  Value e = args[0];
  if (!e.is_small_int() && (type_of(e)->flags & kTypeExcSubclass)) {
    Value tb = e.as<BaseException>()->traceback;
    return tb.is_null() ? None() : tb;
  }
  return None();
}

// An instance of cls made without calling __init__ (copy's reconstruction):
// an old-style instance with an empty dict, or cls.__new__(cls).
Value p_new_empty(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("new_empty", nargs, 1, 1);
  Value cls = args[0];
  if (!cls.is_small_int() && type_of(cls) == &ClassObjType) {
    Instance* inst = new_object<Instance>(&InstanceType);
    inst->klass = cls.as<ClassObj>();
    inst->dict = dict_new();
    return Value(inst);
  }
  if (!is_type(cls)) raise_type_error("new_empty() needs a class, not %s", type_name(cls));
  Type* t = cls.as<Type>();
  if (!t->tp_new) raise_type_error("cannot create '%s' instances", t->name);
  return t->tp_new(cls, nullptr, 0, nullptr);
}

void init_pytrans(Module* m) {
  stdlib::mod_fns(m, {{"new_empty", p_new_empty}, {"tuple_new", p_tuple_new}, {"tb_entries", p_tb_entries}, {"exc_traceback", p_exc_traceback}});
}

NativeModule reg("_pytrans", init_pytrans);

}  // namespace
}  // namespace pytrans::rt
