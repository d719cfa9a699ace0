// SPDX-License-Identifier: Apache-2.0
// list: a growable array of Values on the GC heap.
//
// Growth follows CPython's over-allocation (new_allocated = n + (n >> 3) +
// (n < 9 ? 3 : 6)), so capacity, and hence memory use, tracks 2.7's.
//
// No GIL (ARCHITECTURE.md): every mutation and every multi-step read holds
// the list's lock byte (core/objlock.h), so append, extend, pop, insert,
// slice assignment, sort and reverse are atomic as under 2.7's GIL. The lock
// is never held while Python code runs: item comparisons (==, <, key
// functions) happen outside it, on items read under it; extend() and slice
// assignment first turn their source into a private array.
//
// list.sort() is 2.7's timsort, in list_sort.cc; while it runs the list is
// empty with cap -1, so list_reserve() must treat growth from there as the
// mutation the sort reports.
#include "objects/list.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "core/gc.h"
#include "core/objlock.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/enumerate.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/long.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/str_common.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace pytrans::rt {

Value list_iter(Value self);  // iter.cc

Type ListType;

namespace {

// Makes room for n items. While the list is being sorted its cap is -1
// (list_sort.cc), and any growth here is how the sort notices a mutation;
// asking for no room at all is not one (2.7: l.extend([]), l[:] = []).
void list_reserve(List* l, int64_t n) {
  if (n <= l->cap || n == 0) return;
  int64_t cap = n + (n >> 3) + (n < 9 ? 3 : 6);
  Value* items = new_value_array(cap);
  if (l->len) std::memcpy(static_cast<void*>(items), l->items, l->len * sizeof(Value));
  l->items = items;
  l->cap = cap;
}

}  // namespace

List* list_new(size_t n) {
  List* l = new_object<List>(&ListType);
  if (n) {
    l->items = new_value_array(n);
    l->cap = static_cast<int64_t>(n);
  }
  l->len = static_cast<int64_t>(n);
  return l;
}

List* list_of(const Value* items, size_t n) {
  List* l = list_new(n);
  for (size_t i = 0; i < n; ++i) l->items[i] = items[i];
  return l;
}

void list_append(List* l, Value v) {
  ObjLockGuard g(&l->lock);
  if (l->len >= l->cap) list_reserve(l, l->len + 1);
  l->items[l->len++] = v;
}

// A consistent copy of a list's items (the list itself when only one
// thread runs: callers copy out of it before anything else can happen).
const Value* list_items_snapshot(List* src, int64_t* n) {
  if (!nogil_threads()) {
    *n = src->len;
    return src->items;
  }
  ObjLockGuard g(&src->lock);
  Value* copy = new_value_array(src->len);
  std::memcpy(static_cast<void*>(copy), src->items, src->len * sizeof(Value));
  *n = src->len;
  return copy;
}

void list_extend(List* l, Value iterable) {
  if (is_list(iterable) || is_tuple(iterable)) {
    int64_t n;
    const Value* src;
    if (is_list(iterable)) {
      if (iterable.as<List>() == l) {  // l.extend(l): one lock, read before the copy
        ObjLockGuard g(&l->lock);
        n = l->len;
        list_reserve(l, l->len + n);
        std::memmove(static_cast<void*>(l->items + l->len), l->items, n * sizeof(Value));
        l->len += n;
        return;
      }
      src = list_items_snapshot(iterable.as<List>(), &n);
    } else {
      n = iterable.as<Tuple>()->len;
      src = iterable.as<Tuple>()->items;
    }
    ObjLockGuard g(&l->lock);
    list_reserve(l, l->len + n);
    std::memmove(static_cast<void*>(l->items + l->len), src, n * sizeof(Value));
    l->len += n;
    return;
  }
  Value it = iter(iterable);
  {
    // 2.7 sizes the list for the iterator's length hint first: even an
    // empty iterator counts as a mutation of a list being sorted.
    ObjLockGuard g(&l->lock);
    if (l->cap < 0) l->cap = 0;
  }
  for (Value x = next(it); !x.is_null(); x = next(it)) list_append(l, x);
}

List* list_from_iterable(Value iterable) {
  List* l = list_new();
  list_extend(l, iterable);
  return l;
}

namespace {

// items[i] read under the lock (null past the end): element-wise reads whose
// comparisons may run Python code.
inline Value item_at(List* l, int64_t i) {
  ObjLockGuard g(&l->lock);
  return i < l->len ? l->items[i] : Value();
}

// ---- slots ----

Value list_repr(Value v) {
  List* l = v.as<List>();
  if (l->len == 0) return Value(str_new("[]", 2));
  ReprScope scope(v);  // a container that contains itself prints [...] / {...}
  if (!scope.entered) return Value(str_new("[...]", 5));
  int64_t n;
  const Value* items = list_items_snapshot(l, &n);
  std::string s = "[";
  for (int64_t i = 0; i < n; ++i) {
    if (i) s += ", ";
    s += repr(items[i])->view();
  }
  s += ']';
  return Value(str_new(s));
}

int64_t list_len(Value v) { return v.as<List>()->len; }

int64_t normalize_index(List* l, Value key) {
  int64_t i = int_value(key);
  if (i < 0) i += l->len;
  return i;
}

Value list_getitem(Value self, Value key) {
  List* l = self.as<List>();
  if (is_int(key)) {
    Value v;
    {
      ObjLockGuard g(&l->lock);
      int64_t i = normalize_index(l, key);
      if (i >= 0 && i < l->len) v = l->items[i];
    }
    if (v.is_null()) raise_index_error("list index out of range");
    return v;
  }
  if (is_slice(key)) {
    int64_t start, stop, step;
    List* r;
    {
      ObjLockGuard g(&l->lock);
      int64_t n = slice_indices(key.as<Slice>(), l->len, &start, &stop, &step);
      r = list_new(n);
      for (int64_t k = 0; k < n; ++k) r->items[k] = l->items[start + k * step];
    }
    return Value(r);
  }
  bool big;
  Value idx = strargs::index_int(key, &big);  // longs and __index__: l[1L] is l[1]
  if (!idx.is_null()) {
    if (big) raise_index_error("cannot fit 'long' into an index-sized integer");
    return list_getitem(self, idx);
  }
  raise_type_error("list indices must be integers, not %s", type_name(key));
}

void list_ass_slice_locked(List* l, int64_t lo, int64_t hi, List* src) {
  if (lo < 0) lo = 0;
  if (lo > l->len) lo = l->len;
  if (hi < lo) hi = lo;
  if (hi > l->len) hi = l->len;
  int64_t n = src->len, d = n - (hi - lo);
  int64_t newlen = l->len + d;
  list_reserve(l, newlen);
  std::memmove(static_cast<void*>(l->items + hi + d), l->items + hi, (l->len - hi) * sizeof(Value));
  std::memcpy(static_cast<void*>(l->items + lo), src->items, n * sizeof(Value));
  for (int64_t i = newlen; i < l->len; ++i) l->items[i] = Value();
  l->len = newlen;
}

// The items to store by a slice assignment, as a private list (so a[:] = a
// works), like 2.7's PySequence_Fast: a TypeError from iter() becomes
// `message`; errors raised while iterating pass through.
List* assigned_items(Value v, const char* message) {
  if (is_list(v) || is_tuple(v)) return list_from_iterable(v);
  Value it;
  try {
    it = iter(v);
  } catch (PyException& e) {
    if (exception_matches(e.exc, Value(&TypeErrorType))) raise_type_error("%s", message);
    throw;
  }
  return list_from_iterable(it);
}

void list_ass_slice(List* l, int64_t lo, int64_t hi, Value v) {
  // v null = delete.
  List* src = v.is_null() ? list_new() : assigned_items(v, "can only assign an iterable");
  ObjLockGuard g(&l->lock);
  list_ass_slice_locked(l, lo, hi, src);
}

void list_setitem(Value self, Value key, Value v) {
  List* l = self.as<List>();
  if (is_int(key)) {
    bool ok;
    {
      ObjLockGuard g(&l->lock);
      int64_t i = normalize_index(l, key);
      ok = i >= 0 && i < l->len;
      if (ok && v.is_null()) {
        std::memmove(static_cast<void*>(l->items + i), l->items + i + 1, (l->len - i - 1) * sizeof(Value));
        l->items[--l->len] = Value();
      } else if (ok) {
        l->items[i] = v;
      }
    }
    if (!ok) raise_index_error("list assignment index out of range");
    return;
  }
  if (is_slice(key)) {
    Slice* s = key.as<Slice>();
    // The source becomes a private list before the lock is taken; 2.7
    // words a non-iterable source by whether the step is 1.
    // The step is checked first (ValueError for 0).
    int64_t start, stop, step;
    slice_indices(s, l->len, &start, &stop, &step);
    List* src = nullptr;
    if (!v.is_null())
      src = assigned_items(v, step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
    ObjLockGuard g(&l->lock);
    int64_t n = slice_indices(s, l->len, &start, &stop, &step);
    if (step == 1) {
      list_ass_slice_locked(l, start, start + n, src ? src : list_new());
      return;
    }
    if (v.is_null()) {
      if (step < 0) { start = start + step * (n - 1); step = -step; }
      std::vector<bool> drop(l->len, false);
      for (int64_t k = 0; k < n; ++k) drop[start + k * step] = true;
      int64_t j = 0;
      for (int64_t i = 0; i < l->len; ++i)
        if (!drop[i]) l->items[j++] = l->items[i];
      for (int64_t i = j; i < l->len; ++i) l->items[i] = Value();
      l->len = j;
      return;
    }
    if (src->len != n) {
      g.unlock();
      raise_value_error("attempt to assign sequence of size %lld to extended slice of size %lld",
                        static_cast<long long>(src->len), static_cast<long long>(n));
    }
    for (int64_t k = 0; k < n; ++k) l->items[start + k * step] = src->items[k];
    return;
  }
  bool big;
  Value idx = strargs::index_int(key, &big);  // longs and __index__: l[1L] = x is l[1] = x
  if (!idx.is_null()) {
    if (big) raise_index_error("cannot fit 'long' into an index-sized integer");
    return list_setitem(self, idx, v);
  }
  raise_type_error("list indices must be integers, not %s", type_name(key));
}

Value list_richcompare(Value a, Value b, CompareOp op) {
  if (!is_list(b)) return NotImplemented();
  List* x = a.as<List>();
  List* y = b.as<List>();
  if ((op == kEq || op == kNe) && x->len != y->len) return from_bool(op == kNe);
  int64_t i = 0;
  Value xi, yi;
  for (;; ++i) {
    xi = item_at(x, i);
    yi = item_at(y, i);
    if (xi.is_null() || yi.is_null() || !equal(xi, yi)) break;
  }
  if (xi.is_null() || yi.is_null()) return from_bool(cmp_small(x->len, y->len, op));
  if (op == kEq) return False();
  if (op == kNe) return True();
  return compare(xi, yi, op);
}

int list_contains(Value self, Value item) {
  List* l = self.as<List>();
  for (int64_t i = 0;; ++i) {
    Value x = item_at(l, i);
    if (x.is_null()) return 0;
    if (equal(item, x)) return 1;
  }
}

Value list_add(Value a, Value b) {
  if (!is_list(a) || !is_list(b)) return NotImplemented();
  int64_t nx, ny;
  const Value* xs = list_items_snapshot(a.as<List>(), &nx);
  const Value* ys = list_items_snapshot(b.as<List>(), &ny);
  List* r = list_new(nx + ny);
  std::memcpy(static_cast<void*>(r->items), xs, nx * sizeof(Value));
  std::memcpy(static_cast<void*>(r->items + nx), ys, ny * sizeof(Value));
  return Value(r);
}

Value list_iadd(Value a, Value b) {
  list_extend(a.as<List>(), b);
  return a;
}

Value list_mul(Value a, Value b) {
  if (!is_list(a)) std::swap(a, b);
  int64_t n;
  if (!is_list(a) || !strargs::repeat_count(b, &n)) return NotImplemented();
  if (n == 0) return Value(list_new());
  int64_t len;
  const Value* xs = list_items_snapshot(a.as<List>(), &len);
  strargs::check_repeat_size(len, n, sizeof(Value));
  List* r = list_new(len * n);
  for (int64_t k = 0; k < n; ++k)
    std::memcpy(static_cast<void*>(r->items + k * len), xs, len * sizeof(Value));
  return Value(r);
}

Value list_imul(Value a, Value b) {
  int64_t n;
  if (!strargs::repeat_count(b, &n)) return NotImplemented();
  List* x = a.as<List>();
  ObjLockGuard g(&x->lock);
  strargs::check_repeat_size(x->len, n, sizeof(Value));
  if (n <= 0) {
    x->len = 0;
    return a;
  }
  int64_t len = x->len;
  list_reserve(x, len * n);
  for (int64_t k = 1; k < n; ++k)
    std::memcpy(static_cast<void*>(x->items + k * len), x->items, len * sizeof(Value));
  x->len = len * n;
  return a;
}

int list_nonzero(Value v) { return v.as<List>()->len != 0; }


Value list_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (kw) raise_type_error("'%s' is an invalid keyword argument for this function", "sequence");
  if (nargs > 1) raise_type_error("list() takes at most 1 argument (%zu given)", nargs);
  List* l = self.as<List>();
  l->len = 0;
  if (nargs == 1) list_extend(l, args[0]);
  return None();
}

Value list_new_fn(Value callee, const Value*, size_t, Tuple*) {
  Type* t = callee.as<Type>();
  List* l = new_object<List>(t, t->instance_size);
  return Value(l);
}

// ---- methods ----

Value m_append(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("append", kw);
  if (nargs != 1) raise_type_error("append() takes exactly one argument (%zu given)", nargs);
  list_append(self.as<List>(), args[0]);
  return None();
}
Value m_count(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("count", kw);
  if (nargs != 1) raise_type_error("count() takes exactly one argument (%zu given)", nargs);
  List* l = self.as<List>();
  int64_t c = 0;
  for (int64_t i = 0;; ++i) {
    Value x = item_at(l, i);
    if (x.is_null()) break;
    c += equal(x, args[0]);
  }
  return small_int(c);
}
Value m_extend(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("extend", kw);
  if (nargs != 1) raise_type_error("extend() takes exactly one argument (%zu given)", nargs);
  list_extend(self.as<List>(), args[0]);
  return None();
}
// A start/stop bound of index(): an integer, clamped like a slice bound
// (2.7's _PyEval_SliceIndex; None is not accepted here).
int64_t index_bound(Value v) {
  Value i = is_int(v) || is_long(v) ? v : index_value_opt(v);
  if (i.is_null()) raise_type_error("slice indices must be integers or have an __index__ method");
  return slice_bound(i);
}
Value m_index(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("index", kw);
  check_nargs("index", nargs, 1, 3);
  List* l = self.as<List>();
  int64_t start = nargs > 1 ? index_bound(args[1]) : 0;
  int64_t stop = nargs > 2 ? index_bound(args[2]) : l->len;
  if (start < 0) { start += l->len; if (start < 0) start = 0; }
  if (stop < 0) { stop += l->len; if (stop < 0) stop = 0; }
  for (int64_t i = start; i < stop; ++i) {
    Value x = item_at(l, i);
    if (x.is_null()) break;
    if (equal(x, args[0])) return small_int(i);
  }
  raise_value_error("%s is not in list", repr(args[0])->data);
}
Value m_insert(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("insert", kw);
  if (nargs != 2) raise_type_error("insert() takes exactly 2 arguments (%zu given)", nargs);
  List* l = self.as<List>();
  int64_t i = strargs::ssize_arg(args[0]);
  ObjLockGuard g(&l->lock);
  if (i < 0) { i += l->len; if (i < 0) i = 0; }
  if (i > l->len) i = l->len;
  list_reserve(l, l->len + 1);
  std::memmove(static_cast<void*>(l->items + i + 1), l->items + i, (l->len - i) * sizeof(Value));
  l->items[i] = args[1];
  ++l->len;
  return None();
}
Value m_pop(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("pop", kw);
  check_nargs("pop", nargs, 0, 1);
  List* l = self.as<List>();
  int64_t i = nargs ? strargs::ssize_arg(args[0]) : -1;
  ObjLockGuard g(&l->lock);
  if (l->len == 0) {
    g.unlock();
    raise_index_error("pop from empty list");
  }
  if (i < 0) i += l->len;
  if (i < 0 || i >= l->len) {
    g.unlock();
    raise_index_error("pop index out of range");
  }
  Value v = l->items[i];
  std::memmove(static_cast<void*>(l->items + i), l->items + i + 1, (l->len - i - 1) * sizeof(Value));
  l->items[--l->len] = Value();
  return v;
}
Value m_remove(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("remove", kw);
  if (nargs != 1) raise_type_error("remove() takes exactly one argument (%zu given)", nargs);
  List* l = self.as<List>();
  for (int64_t i = 0;; ++i) {
    Value x;
    {
      ObjLockGuard g(&l->lock);
      if (i >= l->len) break;
      x = l->items[i];
    }
    if (!equal(x, args[0])) continue;
    ObjLockGuard g(&l->lock);
    if (i < l->len && l->items[i] == x) {  // still there (else keep looking)
      std::memmove(static_cast<void*>(l->items + i), l->items + i + 1, (l->len - i - 1) * sizeof(Value));
      l->items[--l->len] = Value();
      return None();
    }
  }
  raise_value_error("list.remove(x): x not in list");
}
Value m_reverse(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_no_kwargs("reverse", kw);
  check_nargs("reverse", nargs, 0, 0);
  List* l = self.as<List>();
  ObjLockGuard g(&l->lock);
  std::reverse(l->items, l->items + l->len);
  return None();
}

// An 'i' argument of PyArg_ParseTuple (what 2.7's sort() takes reverse as):
// int() of anything but a float.
int64_t int_arg(Value v) {
  if (is_int(v)) return int_value(v);
  if (is_float(v)) raise_type_error("integer argument expected, got float");
  if (!is_long(v)) {
    UnaryFn f = type_of(v)->nb_int;
    if (!f) raise_type_error("an integer is required");
    v = f(v);
    if (is_int(v)) return int_value(v);
    if (!is_long(v)) raise_type_error("nb_int should return int object");
  }
  if (!mpz_fits_slong_p(v.as<Long>()->z)) raise_overflow("Python int too large to convert to C long");
  return mpz_get_si(v.as<Long>()->z);
}

// sort(cmp=None, key=None, reverse=False), arguments as 2.7 parses them.
Value m_sort(Value self, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"cmp", "key", "reverse"};
  Value params[3];
  size_t nkw = kw ? kw->len : 0;
  if (nargs + nkw > 3) raise_type_error("sort() takes at most 3 arguments (%zu given)", nargs + nkw);
  for (size_t i = 0; i < nargs; ++i) params[i] = args[i];
  for (size_t k = 0; k < nkw; ++k) {
    Str* name = kw->items[k].as<Str>();
    size_t j = 0;
    while (j < 3 && name->view() != kNames[j]) ++j;
    if (j == 3) raise_type_error("'%s' is an invalid keyword argument for this function", name->data);
    if (j < nargs)
      raise_type_error("Argument given by name ('%s') and position (%zu)", kNames[j], j + 1);
    params[j] = args[nargs + k];
  }
  int64_t reverse = params[2].is_null() ? 0 : int_arg(params[2]);
  if (reverse > INT32_MAX) raise_overflow("signed integer is greater than maximum");
  if (reverse < INT32_MIN) raise_overflow("signed integer is less than minimum");
  list_sort(self.as<List>(), params[0], params[1], reverse != 0);
  return None();
}

// l.__getslice__(i, j) and friends: 2.7's sq_slice clamps a negative bound
// to 0 rather than counting from the end (only l[i:j] syntax adds len).
Slice* clamped_slice(Value self, const Value* args) {
  int64_t n = self.as<List>()->len;
  int64_t lo = strargs::ssize_arg(args[0]), hi = strargs::ssize_arg(args[1]);
  if (lo < 0) lo = 0;
  if (hi < 0) hi = 0;
  if (lo > n) lo = n;
  if (hi > n) hi = n;
  return slice_new(small_int(lo), small_int(hi), None());
}
Value m_getslice(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__getslice__", nargs, 2, 2);
  return list_getitem(self, Value(clamped_slice(self, args)));
}
Value m_setslice(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__setslice__", nargs, 3, 3);
  list_setitem(self, Value(clamped_slice(self, args)), args[2]);
  return None();
}
Value m_delslice(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__delslice__", nargs, 2, 2);
  list_setitem(self, Value(clamped_slice(self, args)), Value());
  return None();
}
Value m_reversed(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__reversed__", nargs, 0, 0);
  return list_reversed_iter(self);
}

void register_list() {
  ListType.name = "list";
  ListType.flags = kTypeListSubclass | kTypeBaseOk;
  ListType.instance_size = sizeof(List);
  ListType.repr = list_repr;
  ListType.len = list_len;
  ListType.getitem = list_getitem;
  ListType.setitem = list_setitem;
  ListType.richcompare = list_richcompare;
  ListType.hash = hash_unhashable;
  ListType.contains = list_contains;
  ListType.nonzero = list_nonzero;
  ListType.nb[kNbAdd] = list_add;
  ListType.nb[kNbMul] = list_mul;
  ListType.nb_inplace[kNbAdd] = list_iadd;
  ListType.nb_inplace[kNbMul] = list_imul;
  ListType.iter = list_iter;
  ListType.tp_new = list_new_fn;
  ListType.tp_init = list_init;
  type_ready(&ListType, {
      {"__delslice__", m_delslice},
      {"__getslice__", m_getslice},
      {"__reversed__", m_reversed},
      {"__setslice__", m_setslice},
      {"append", m_append},
      {"count", m_count},
      {"extend", m_extend},
      {"index", m_index},
      {"insert", m_insert},
      {"pop", m_pop},
      {"remove", m_remove},
      {"reverse", m_reverse},
      {"sort", m_sort},
  });
  // 2.7's list has no nb_nonzero and concatenates through sq_concat.
  type_hide_wrappers(&ListType, {"__nonzero__", "__radd__"});
}
TypeRegistrar reg(register_list);

}  // namespace
}  // namespace pytrans::rt
