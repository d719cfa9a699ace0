// SPDX-License-Identifier: Apache-2.0
// tuple: immutable, items inline. The empty tuple is a singleton.
#include "objects/tuple.h"

#include <cstring>
#include <string>

#include "core/gc.h"
#include "builtins/kwargs.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/exceptions.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/long.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/str_common.h"
#include "objects/type.h"

namespace pytrans::rt {

Value tuple_iter(Value self);  // iter.cc: sequence iterator

Type TupleType;

Tuple* tuple_new(size_t n) {
  if (n == 0) return tuple_empty();
  Tuple* t = static_cast<Tuple*>(gc_alloc(offsetof(Tuple, items) + n * sizeof(Value)));
  t->type = &TupleType;
  t->len = static_cast<int64_t>(n);
  return t;
}

Tuple* tuple_empty() {
  static Tuple* empty = [] {
    Tuple* t = static_cast<Tuple*>(gc_alloc_uncollectable(sizeof(Tuple)));
    t->type = &TupleType;
    t->len = 0;
    return t;
  }();
  return empty;
}

Tuple* tuple_from(const Value* items, size_t n) {
  Tuple* t = tuple_new(n);
  for (size_t i = 0; i < n; ++i) t->items[i] = items[i];
  return t;
}

Tuple* tuple_of(std::initializer_list<Value> items) { return tuple_from(items.begin(), items.size()); }

namespace {

Value tuple_repr(Value v) {
  Tuple* t = v.as<Tuple>();
  if (t->len == 0) return Value(str_new("()", 2));
  ReprScope scope(v);  // a container that contains itself prints [...] / {...}
  if (!scope.entered) return Value(str_new("(...)", 5));
  std::string s = "(";
  for (int64_t i = 0; i < t->len; ++i) {
    if (i) s += ", ";
    s += repr(t->items[i])->view();
  }
  if (t->len == 1) s += ',';
  s += ')';
  return Value(str_new(s));
}

int64_t tuple_hash(Value v) {
  Tuple* t = v.as<Tuple>();
  uint64_t x = 0x345678;
  uint64_t mult = 1000003;
  int64_t n = t->len;
  for (int64_t k = 0; k < n; ++k) {
    uint64_t y = static_cast<uint64_t>(hash(t->items[k]));
    x = (x ^ y) * mult;
    mult += static_cast<uint64_t>(82520 + 2 * (n - 1 - k));
  }
  x += 97531;
  int64_t h = static_cast<int64_t>(x);
  return h == -1 ? -2 : h;
}

int64_t tuple_len(Value v) { return v.as<Tuple>()->len; }

Value tuple_richcompare(Value a, Value b, CompareOp op) {
  if (!is_tuple(b)) return NotImplemented();
  Tuple* x = a.as<Tuple>();
  Tuple* y = b.as<Tuple>();
  int64_t i = 0;
  for (; i < x->len && i < y->len; ++i) {
    if (!equal(x->items[i], y->items[i])) break;
  }
  if (i >= x->len || i >= y->len) return from_bool(cmp_small(x->len, y->len, op));
  if (op == kEq) return False();
  if (op == kNe) return True();
  return compare(x->items[i], y->items[i], op);
}

Value tuple_getitem(Value self, Value key) {
  Tuple* t = self.as<Tuple>();
  if (is_int(key)) {
    int64_t i = int_value(key);
    if (i < 0) i += t->len;
    if (i < 0 || i >= t->len) raise_index_error("tuple index out of range");
    return t->items[i];
  }
  if (is_slice(key)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key.as<Slice>(), t->len, &start, &stop, &step);
    if (step == 1 && n == t->len && t->type == &TupleType) return self;
    Tuple* r = tuple_new(n);
    for (int64_t k = 0; k < n; ++k) r->items[k] = t->items[start + k * step];
    return Value(r);
  }
  bool big;
  Value idx = strargs::index_int(key, &big);  // longs and __index__ (t[1L] is t[1])
  if (!idx.is_null()) {
    if (big) raise_index_error("cannot fit 'long' into an index-sized integer");
    return tuple_getitem(self, idx);
  }
  raise_type_error("tuple indices must be integers, not %s", type_name(key));
}

Value tuple_add(Value a, Value b) {
  if (!is_tuple(a) || !is_tuple(b)) return NotImplemented();
  Tuple* x = a.as<Tuple>();
  Tuple* y = b.as<Tuple>();
  Tuple* r = tuple_new(x->len + y->len);
  for (int64_t i = 0; i < x->len; ++i) r->items[i] = x->items[i];
  for (int64_t i = 0; i < y->len; ++i) r->items[x->len + i] = y->items[i];
  return Value(r);
}

Value tuple_mul(Value a, Value b) {
  if (!is_tuple(a)) std::swap(a, b);
  int64_t n;
  if (!is_tuple(a) || !strargs::repeat_count(b, &n)) return NotImplemented();
  Tuple* x = a.as<Tuple>();
  if (n == 0) return Value(tuple_empty());
  strargs::check_repeat_size(x->len, n, sizeof(Value));
  Tuple* r = tuple_new(x->len * n);
  for (int64_t k = 0; k < n; ++k)
    for (int64_t i = 0; i < x->len; ++i) r->items[k * x->len + i] = x->items[i];
  return Value(r);
}

int tuple_contains(Value self, Value item) {
  Tuple* t = self.as<Tuple>();
  for (int64_t i = 0; i < t->len; ++i)
    if (equal(item, t->items[i])) return 1;
  return 0;
}


Value tuple_new_fn(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  internal::KwArgs p("tuple", args, nargs, kw, {"sequence"}, 0);
  Value seq = p.get(0);
  p.finish();
  Type* t = callee.as<Type>();
  if (seq.is_null()) return Value(tuple_empty());
  if (t == &TupleType && type_of(seq) == &TupleType) return seq;
  List* l = list_from_iterable(seq);
  Tuple* r = tuple_from(l->items, l->len);
  if (t != &TupleType) {
    Tuple* s = static_cast<Tuple*>(gc_alloc(offsetof(Tuple, items) + (r->len + 1) * sizeof(Value)));
    std::memcpy(static_cast<void*>(s), r, offsetof(Tuple, items) + r->len * sizeof(Value));
    s->type = t;
    return Value(s);
  }
  return Value(r);
}

Value tuple_count(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("count", nargs, 1, 1);
  Tuple* t = self.as<Tuple>();
  int64_t c = 0;
  for (int64_t i = 0; i < t->len; ++i) c += equal(t->items[i], args[0]);
  return small_int(c);
}
// t.__getnewargs__() is (tuple(t),), what pickling a tuple subclass calls.
Value tuple_getnewargs(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__getnewargs__", nargs, 0, 0);
  Tuple* t = self.as<Tuple>();
  return Value(tuple_of({Value(tuple_from(t->items, t->len))}));
}

// t.__getslice__(i, j): 2.7's sq_slice clamps a negative bound to 0 rather
// than counting from the end (only the t[i:j] syntax adds len first).
Value tuple_getslice(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__getslice__", nargs, 2, 2);
  Tuple* t = self.as<Tuple>();
  int64_t lo = strargs::ssize_arg(args[0]), hi = strargs::ssize_arg(args[1]);
  if (lo < 0) lo = 0;
  if (hi > t->len) hi = t->len;
  if (hi < lo) hi = lo;
  if (lo == 0 && hi == t->len && t->type == &TupleType) return self;
  return Value(tuple_from(t->items + lo, hi - lo));
}

Value tuple_index(Value self, const Value* args, size_t nargs, Tuple*) {
  if (nargs < 1) raise_type_error("index() takes at least 1 argument (0 given)");
  if (nargs > 3) raise_type_error("index() takes at most 3 arguments (%zu given)", nargs);
  Tuple* t = self.as<Tuple>();
  auto bound = [](Value v) {  // clamped like a slice bound, but None is no bound here
    if (index_value_opt(v).is_null()) raise_type_error("slice indices must be integers or have an __index__ method");
    return slice_bound(v);
  };
  int64_t start = nargs > 1 ? bound(args[1]) : 0;
  int64_t stop = nargs > 2 ? bound(args[2]) : t->len;
  if (start < 0) { start += t->len; if (start < 0) start = 0; }
  if (stop < 0) { stop += t->len; if (stop < 0) stop = 0; }
  for (int64_t i = start; i < stop && i < t->len; ++i)
    if (equal(t->items[i], args[0])) return small_int(i);
  raise_value_error("tuple.index(x): x not in tuple");
}

void register_tuple() {
  TupleType.name = "tuple";
  TupleType.flags = kTypeTupleSubclass | kTypeBaseOk;
  TupleType.instance_size = sizeof(Tuple);
  TupleType.repr = tuple_repr;
  TupleType.hash = tuple_hash;
  TupleType.len = tuple_len;
  TupleType.richcompare = tuple_richcompare;
  TupleType.getitem = tuple_getitem;
  TupleType.contains = tuple_contains;
  TupleType.nb[kNbAdd] = tuple_add;
  TupleType.nb[kNbMul] = tuple_mul;
  TupleType.iter = tuple_iter;
  TupleType.tp_new = tuple_new_fn;
  type_ready(&TupleType, {
      {"__getnewargs__", tuple_getnewargs},
      {"__getslice__", tuple_getslice},
      {"count", tuple_count},
      {"index", tuple_index},
  });
  type_hide_wrappers(&TupleType, {"__radd__"});  // sq_concat in 2.7
}
TypeRegistrar reg(register_tuple);

}  // namespace
}  // namespace pytrans::rt
