// SPDX-License-Identifier: Apache-2.0
// The itertools module of Python 2.7: one iterator type per function.
//
// Each type is a static Type registered at start-up, with an iternext slot
// that returns null at the end (no StopIteration traffic) and a Python-level
// `next` method. The algorithms follow 2.7's C code step by step where the
// order of calls is visible to programs (islice consumes up to the next
// index only when asked; groupby shares one underlying iterator between the
// groupby object and its current _grouper; izip_longest replaces exhausted
// inputs by the fill value). tee keeps a singly linked list of fetched
// items shared by its copies, so items already seen by every copy are freed.
//
// No GIL (core/objlock.h): next() on one object from several threads must
// neither corrupt it nor hand out an item twice. State that is only numbers
// moves by compare-and-swap (count, repeat's countdown, izip_longest's
// count of live inputs); state that is more than a word (cycle's replay,
// tee's shared list, the combinatoric iterators' index vectors) is changed
// under a per-object lock, held only for that C++ step: never while another
// iterator's next() or a Python function runs. So objects that only pass
// along what an inner iterator gives (chain, islice, imap, izip, ifilter...)
// stay memory-safe, but two threads may interleave their inner calls, as in
// 2.7 when the inner iterator is Python code.
#include <vector>

#include "core/gc.h"
#include "core/objlock.h"
#include "objects/list.h"
#include "support.h"

namespace pytrans::rt {
namespace {

using stdlib::kwarg;

Value self_iter(Value v) { return v; }

Value next_method(Value self, const Value*, size_t nargs, Tuple*) {
  if (nargs) raise_type_error("next() takes no arguments (%zu given)", nargs);
  Value r = type_of(self)->iternext(self);
  if (r.is_null()) raise_stop_iteration();
  return r;
}

void no_kwargs(const char* name, Tuple* kw) {
  if (kw && kw->len) raise_type_error("%s does not take keyword arguments", name);
}

Tuple* tuple_of_iterable(Value v) {
  if (type_of(v) == &TupleType) return v.as<Tuple>();
  List* l = list_from_iterable(v);
  return tuple_from(l->items, static_cast<size_t>(l->len));
}

Type CountType, CycleType, RepeatType, ChainType, IsliceType, ImapType, IfilterType, IfilterfalseType, IzipType,
    IzipLongestType, StarmapType, TakewhileType, DropwhileType, GroupbyType, GrouperType, TeeType, ProductType,
    PermutationsType, CombinationsType, CwrType, CompressType;

// ---- count ----

struct Count : Object {
  Value cnt, step;
};

Value count_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs > 2) raise_type_error("count expected at most 2 arguments, got %zu", nargs);
  Value start = nargs > 0 ? args[0] : Value(), step = nargs > 1 ? args[1] : Value();
  Value ks = kwarg("count", kw, args, nargs, {"start", "step"}, "start");
  Value kst = kwarg("count", kw, args, nargs, {"start", "step"}, "step");
  if (!ks.is_null()) start = ks;
  if (!kst.is_null()) step = kst;
  if (start.is_null()) start = small_int(0);
  if (step.is_null()) step = small_int(1);
  auto num = [](Value v) { return is_int(v) || is_long(v) || is_float(v) || type_of(v)->nb[kNbAdd]; };
  if (!num(start) || !num(step)) raise_type_error("a number is required");
  Count* c = new_object<Count>(&CountType);
  c->cnt = start;
  c->step = step;
  return Value(c);
}

// Each caller claims the value it returns by swapping in its successor; a
// caller that lost the race computes again from the new value. Small ints
// (the common case) need no allocation, so a retry costs a few cycles.
Value count_next(Value self) {
  Count* c = self.as<Count>();
  Value r = Value::from_bits(__atomic_load_n(&c->cnt.bits, __ATOMIC_ACQUIRE));
  for (;;) {
    Value step = c->step;
    Value n;
    if (r.is_small_int() && step.is_small_int() && fits_small_int(r.small_int() + step.small_int()))
      n = small_int(r.small_int() + step.small_int());
    else
      n = add(r, step);
    if (__atomic_compare_exchange_n(&c->cnt.bits, &r.bits, n.bits, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
      return r;
  }
}

Value count_repr(Value self) {
  Count* c = self.as<Count>();
  std::string s = "count(";
  s += repr(c->cnt)->view();
  if (!(c->step.is_small_int() && c->step.small_int() == 1)) {
    s += ", ";
    s += repr(c->step)->view();
  }
  s += ")";
  return stdlib::str_val(s);
}

// ---- cycle ----

struct Cycle : Object {
  Value it;
  List* saved;
  int64_t index;    // replay position, under saved->lock
  bool firstpass;   // still reading `it`
};

Value cycle_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  no_kwargs("cycle()", kw);
  check_nargs("cycle", nargs, 1, 1);
  Cycle* c = new_object<Cycle>(&CycleType);
  c->it = iter(args[0]);
  c->saved = list_new();
  c->firstpass = true;
  return Value(c);
}

Value cycle_next(Value self) {
  Cycle* c = self.as<Cycle>();
  if (__atomic_load_n(&c->firstpass, __ATOMIC_ACQUIRE)) {
    Value v = next(c->it);
    if (!v.is_null()) {
      list_append(c->saved, v);
      return v;
    }
    __atomic_store_n(&c->firstpass, false, __ATOMIC_RELEASE);
  }
  // The replay reads the list under its own lock: another thread's last
  // first-pass append may still grow (and move) the items.
  ObjLockGuard g(&c->saved->lock);
  if (c->saved->len == 0) return Value();
  if (c->index >= c->saved->len) c->index = 0;
  return c->saved->items[c->index++];
}

// ---- repeat ----

struct Repeat : Object {
  Value element;
  int64_t cnt;  // -1 = forever
};

Value repeat_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs > 2) raise_type_error("repeat expected at most 2 arguments, got %zu", nargs);
  Value elem = nargs > 0 ? args[0] : Value(), times = nargs > 1 ? args[1] : Value();
  Value ke = kwarg("repeat", kw, args, nargs, {"object", "times"}, "object");
  Value kt = kwarg("repeat", kw, args, nargs, {"object", "times"}, "times");
  if (!ke.is_null()) elem = ke;
  if (!kt.is_null()) times = kt;
  if (elem.is_null()) raise_type_error("Required argument 'object' (pos 1) not found");
  Repeat* r = new_object<Repeat>(&RepeatType);
  r->element = elem;
  r->cnt = -1;
  if (!times.is_null()) {
    int64_t n = stdlib::to_i64(times);
    r->cnt = n < 0 ? 0 : n;
  }
  return Value(r);
}

Value repeat_next(Value self) {
  Repeat* r = self.as<Repeat>();
  int64_t n = __atomic_load_n(&r->cnt, __ATOMIC_RELAXED);
  do {
    if (n < 0) return r->element;
    if (n == 0) return Value();
  } while (!__atomic_compare_exchange_n(&r->cnt, &n, n - 1, true, __ATOMIC_RELAXED, __ATOMIC_RELAXED));
  return r->element;
}

Value repeat_repr(Value self) {
  Repeat* r = self.as<Repeat>();
  int64_t n = __atomic_load_n(&r->cnt, __ATOMIC_RELAXED);
  std::string s = "repeat(";
  s += repr(r->element)->view();
  if (n >= 0) s += ", " + std::to_string(n);
  s += ")";
  return stdlib::str_val(s);
}

Value repeat_length_hint(Value self, const Value*, size_t, Tuple*) {
  Repeat* r = self.as<Repeat>();
  int64_t n = __atomic_load_n(&r->cnt, __ATOMIC_RELAXED);
  if (n < 0) raise_type_error("len() of unsized object");
  return make_int(n);
}

// ---- chain ----

struct Chain : Object {
  Value source;  // iterator over the iterables; null when done
  Value active;  // current iterator or null
};

Value chain_make(Type* t, Value source) {
  Chain* c = new_object<Chain>(t);
  c->source = source;
  return Value(c);
}

Value chain_new(Value callee, const Value* args, size_t nargs, Tuple* kw) {
  no_kwargs("chain()", kw);
  return chain_make(callee.as<Type>(), iter(Value(tuple_from(args, nargs))));
}

Value chain_from_iterable(Value, const Value* args, size_t nargs, Tuple*) {
  // called through a classmethod: args[0] is the class
  check_nargs("from_iterable", nargs, 2, 2);
  return chain_make(args[0].as<Type>(), iter(args[1]));
}

Value chain_next(Value self) {
  Chain* c = self.as<Chain>();
  while (!c->source.is_null()) {
    if (c->active.is_null()) {
      Value itb = next(c->source);
      if (itb.is_null()) {
        c->source = Value();
        return Value();
      }
      c->active = iter(itb);
    }
    Value v = next(c->active);
    if (!v.is_null()) return v;
    c->active = Value();
  }
  return Value();
}

// ---- islice ----

struct Islice : Object {
  Value it;
  int64_t next_idx, stop, step, cnt;
};

Value islice_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  no_kwargs("islice()", kw);
  if (nargs < 2 || nargs > 4) {
    if (nargs < 2) raise_type_error("islice expected at least 2 arguments, got %zu", nargs);
    raise_type_error("islice expected at most 4 arguments, got %zu", nargs);
  }
  int64_t start = 0, stop = -1, step = 1;
  auto as_index = [](Value v, int64_t* out) {
    if (is_int(v)) {
      *out = int_value(v);
      return true;
    }
    if (is_long(v) && mpz_fits_slong_p(v.as<Long>()->z)) {
      *out = mpz_get_si(v.as<Long>()->z);
      return true;
    }
    return false;
  };
  if (nargs == 2) {
    if (!is_none(args[1])) {
      if (!as_index(args[1], &stop) || stop < 0)
        raise_value_error("Stop argument for islice() must be None or an integer: 0 <= x <= maxint.");
    }
  } else {
    if (!is_none(args[1]) && !as_index(args[1], &start)) start = -1;
    if (!is_none(args[2])) {
      if (!as_index(args[2], &stop) || stop < 0)
        raise_value_error("Stop argument for islice() must be None or an integer: 0 <= x <= maxint.");
    }
    if (start < 0) raise_value_error("Indices for islice() must be None or an integer: 0 <= x <= maxint.");
    if (nargs == 4 && !is_none(args[3])) {
      if (!as_index(args[3], &step)) step = -1;
    }
    if (step < 1) raise_value_error("Step for islice() must be a positive integer or None.");
  }
  Islice* s = new_object<Islice>(&IsliceType);
  s->it = iter(args[0]);
  s->next_idx = start;
  s->stop = stop;
  s->step = step;
  return Value(s);
}

Value islice_next(Value self) {
  Islice* s = self.as<Islice>();
  while (s->cnt < s->next_idx) {
    if (next(s->it).is_null()) return Value();
    ++s->cnt;
  }
  if (s->stop != -1 && s->cnt >= s->stop) return Value();
  Value item = next(s->it);
  if (item.is_null()) return Value();
  ++s->cnt;
  int64_t old = s->next_idx;
  s->next_idx += s->step;
  if (s->next_idx < old || (s->stop != -1 && s->next_idx > s->stop)) s->next_idx = s->stop;
  return item;
}

// ---- imap, starmap ----

struct Imap : Object {
  Value func;
  Tuple* iters;
};

Value imap_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  no_kwargs("imap()", kw);
  if (nargs < 2) raise_type_error("imap() must have at least two arguments.");
  Imap* m = new_object<Imap>(&ImapType);
  m->func = args[0];
  m->iters = tuple_new(nargs - 1);
  for (size_t i = 1; i < nargs; ++i) m->iters->items[i - 1] = iter(args[i]);
  return Value(m);
}

Value imap_next(Value self) {
  Imap* m = self.as<Imap>();
  size_t n = static_cast<size_t>(m->iters->len);
  Tuple* argt = tuple_new(n);
  for (size_t i = 0; i < n; ++i) {
    Value v = next(m->iters->items[i]);
    if (v.is_null()) return Value();
    argt->items[i] = v;
  }
  if (is_none(m->func)) return Value(argt);
  return call_v(m->func, argt->items, n);
}

Value starmap_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  no_kwargs("starmap()", kw);
  check_nargs("starmap", nargs, 2, 2);
  Imap* m = new_object<Imap>(&StarmapType);
  m->func = args[0];
  m->iters = tuple_of({iter(args[1])});
  return Value(m);
}

Value starmap_next(Value self) {
  Imap* m = self.as<Imap>();
  Value a = next(m->iters->items[0]);
  if (a.is_null()) return Value();
  Tuple* t = tuple_of_iterable(a);
  return call_v(m->func, t->items, static_cast<size_t>(t->len));
}

// ---- ifilter, ifilterfalse, takewhile, dropwhile ----

struct Pred : Object {
  Value func, it;
  bool flag;  // dropwhile: done dropping; takewhile: stopped
};

Value pred_make(Type* t, const char* name, const Value* args, size_t nargs, Tuple* kw) {
  std::string n = std::string(name) + "()";
  no_kwargs(n.c_str(), kw);
  check_nargs(name, nargs, 2, 2);
  Pred* p = new_object<Pred>(t);
  p->func = args[0];
  p->it = iter(args[1]);
  return Value(p);
}

Value ifilter_new(Value, const Value* a, size_t n, Tuple* kw) { return pred_make(&IfilterType, "ifilter", a, n, kw); }
Value ifilterfalse_new(Value, const Value* a, size_t n, Tuple* kw) {
  return pred_make(&IfilterfalseType, "ifilterfalse", a, n, kw);
}
Value takewhile_new(Value, const Value* a, size_t n, Tuple* kw) { return pred_make(&TakewhileType, "takewhile", a, n, kw); }
Value dropwhile_new(Value, const Value* a, size_t n, Tuple* kw) { return pred_make(&DropwhileType, "dropwhile", a, n, kw); }

bool pred_true(Pred* p, Value v) { return is_none(p->func) ? truth(v) : truth(call(p->func, v)); }

Value ifilter_next(Value self) {
  Pred* p = self.as<Pred>();
  for (Value v = next(p->it); !v.is_null(); v = next(p->it))
    if (pred_true(p, v)) return v;
  return Value();
}

Value ifilterfalse_next(Value self) {
  Pred* p = self.as<Pred>();
  for (Value v = next(p->it); !v.is_null(); v = next(p->it))
    if (!pred_true(p, v)) return v;
  return Value();
}

Value takewhile_next(Value self) {
  Pred* p = self.as<Pred>();
  if (p->flag) return Value();
  Value v = next(p->it);
  if (v.is_null()) return v;
  if (truth(call(p->func, v))) return v;
  p->flag = true;
  return Value();
}

Value dropwhile_next(Value self) {
  Pred* p = self.as<Pred>();
  for (Value v = next(p->it); !v.is_null(); v = next(p->it)) {
    if (p->flag) return v;
    if (!truth(call(p->func, v))) {
      p->flag = true;
      return v;
    }
  }
  return Value();
}

// ---- compress ----

struct Compress : Object {
  Value data, selectors;
};

Value compress_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  Value d = nargs > 0 ? args[0] : Value(), s = nargs > 1 ? args[1] : Value();
  Value kd = kwarg("compress", kw, args, nargs, {"data", "selectors"}, "data");
  Value ksel = kwarg("compress", kw, args, nargs, {"data", "selectors"}, "selectors");
  if (!kd.is_null()) d = kd;
  if (!ksel.is_null()) s = ksel;
  if (nargs > 2) raise_type_error("compress() takes at most 2 arguments (%zu given)", nargs);
  if (d.is_null()) raise_type_error("Required argument 'data' (pos 1) not found");
  if (s.is_null()) raise_type_error("Required argument 'selectors' (pos 2) not found");
  Compress* c = new_object<Compress>(&CompressType);
  c->data = iter(d);
  c->selectors = iter(s);
  return Value(c);
}

Value compress_next(Value self) {
  Compress* c = self.as<Compress>();
  for (;;) {
    Value d = next(c->data);
    if (d.is_null()) return d;
    Value s = next(c->selectors);
    if (s.is_null()) return s;
    if (truth(s)) return d;
  }
}

// ---- izip, izip_longest ----

struct Izip : Object {
  Tuple* iters;  // an item is null once exhausted (izip_longest)
  Value fill;
  int64_t active;  // izip_longest: inputs not yet exhausted (atomic)
  bool done;
};

Value izip_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  no_kwargs("izip()", kw);
  Izip* z = new_object<Izip>(&IzipType);
  z->iters = tuple_new(nargs);
  for (size_t i = 0; i < nargs; ++i) {
    Value it = getattr_opt(args[i], str_intern("__iter__"));
    (void)it;
    try {
      z->iters->items[i] = iter(args[i]);
    } catch (PyException& e) {
      if (exception_matches(e.exc, Value(&TypeErrorType)))
        raise_type_error("izip argument #%zu must support iteration", i + 1);
      throw;
    }
  }
  return Value(z);
}

Value izip_next(Value self) {
  Izip* z = self.as<Izip>();
  size_t n = static_cast<size_t>(z->iters->len);
  if (n == 0 || z->done) return Value();
  Tuple* r = tuple_new(n);
  for (size_t i = 0; i < n; ++i) {
    Value v = next(z->iters->items[i]);
    if (v.is_null()) {
      z->done = true;
      return Value();
    }
    r->items[i] = v;
  }
  return Value(r);
}

Value izip_longest_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  Value fill = None();
  if (kw) {
    for (int64_t i = 0; i < kw->len; ++i) {
      if (kw->items[i].as<Str>()->view() != "fillvalue")
        raise_type_error("izip_longest() got an unexpected keyword argument");
      fill = args[nargs + i];
    }
  }
  Izip* z = new_object<Izip>(&IzipLongestType);
  z->iters = tuple_new(nargs);
  z->fill = fill;
  z->active = static_cast<int64_t>(nargs);
  for (size_t i = 0; i < nargs; ++i) {
    try {
      z->iters->items[i] = iter(args[i]);
    } catch (PyException& e) {
      if (exception_matches(e.exc, Value(&TypeErrorType)))
        raise_type_error("izip_longest argument #%zu must support iteration", i + 1);
      throw;
    }
  }
  return Value(z);
}

Value izip_longest_next(Value self) {
  Izip* z = self.as<Izip>();
  size_t n = static_cast<size_t>(z->iters->len);
  if (n == 0 || __atomic_load_n(&z->active, __ATOMIC_ACQUIRE) == 0) return Value();
  Tuple* r = tuple_new(n);
  for (size_t i = 0; i < n; ++i) {
    Value it = Value::from_bits(__atomic_load_n(&z->iters->items[i].bits, __ATOMIC_ACQUIRE));
    Value v;
    if (it.is_null()) {
      v = z->fill;
    } else {
      v = next(it);
      if (v.is_null()) {
        // Only the caller that retires input i counts it, once.
        uintptr_t expect = it.bits;
        if (__atomic_compare_exchange_n(&z->iters->items[i].bits, &expect, 0, false, __ATOMIC_ACQ_REL,
                                        __ATOMIC_ACQUIRE) &&
            __atomic_sub_fetch(&z->active, 1, __ATOMIC_ACQ_REL) == 0)
          return Value();
        if (__atomic_load_n(&z->active, __ATOMIC_ACQUIRE) == 0) return Value();
        v = z->fill;
      }
    }
    r->items[i] = v;
  }
  return Value(r);
}

// ---- groupby ----

struct Groupby : Object {
  Value it, keyfunc, tgtkey, currkey, currvalue;
};
struct Grouper : Object {
  Groupby* parent;
  Value tgtkey;
};

Value groupby_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs > 2) raise_type_error("groupby() takes at most 2 arguments (%zu given)", nargs);
  Value it = nargs > 0 ? args[0] : Value(), key = nargs > 1 ? args[1] : Value();
  Value ki = kwarg("groupby", kw, args, nargs, {"iterable", "key"}, "iterable");
  Value kk = kwarg("groupby", kw, args, nargs, {"iterable", "key"}, "key");
  if (!ki.is_null()) it = ki;
  if (!kk.is_null()) key = kk;
  if (it.is_null()) raise_type_error("Required argument 'iterable' (pos 1) not found");
  Groupby* g = new_object<Groupby>(&GroupbyType);
  g->it = iter(it);
  g->keyfunc = key.is_null() ? None() : key;
  return Value(g);
}

bool groupby_step(Groupby* g) {
  Value v = next(g->it);
  if (v.is_null()) return false;
  g->currkey = is_none(g->keyfunc) ? v : call(g->keyfunc, v);
  g->currvalue = v;
  return true;
}

Value groupby_next(Value self) {
  Groupby* g = self.as<Groupby>();
  for (;;) {
    if (g->currkey.is_null()) {
    } else if (g->tgtkey.is_null()) {
      break;
    } else if (!compare_bool(g->tgtkey, g->currkey, kEq)) {
      break;
    }
    if (!groupby_step(g)) return Value();
  }
  g->tgtkey = g->currkey;
  Grouper* gr = new_object<Grouper>(&GrouperType);
  gr->parent = g;
  gr->tgtkey = g->tgtkey;
  return Value(tuple_of({g->currkey, Value(gr)}));
}

Value grouper_next(Value self) {
  Grouper* gr = self.as<Grouper>();
  Groupby* g = gr->parent;
  if (g->currvalue.is_null()) {
    if (!groupby_step(g)) return Value();
  }
  if (!compare_bool(gr->tgtkey, g->currkey, kEq)) return Value();
  // Taken by exchange: two threads never get the same item.
  return Value::from_bits(__atomic_exchange_n(&g->currvalue.bits, uintptr_t(0), __ATOMIC_ACQ_REL));
}

// ---- tee ----

// The copies share one list of nodes; the source's tail is the one empty
// node. A node's value and next are written before `filled` is published,
// and only at the tail, under the source's lock: a copy that fetched an item
// while another copy (maybe on another thread) also did appends it after
// the other's, so every copy sees every item exactly once and all copies see
// the same order. That order is the source's unless two threads fetch at
// once (the fetch itself runs unlocked); 2.7 behaves so too when the source
// is Python code.
struct TeeNode : Object {
  Value value;
  TeeNode* next;
  bool filled;
};
struct TeeSource : Object {
  Value it;        // null once exhausted
  TeeNode* tail;   // under lock
  uint8_t lock;
};
struct Tee : Object {
  TeeSource* src;
  TeeNode* pos;    // under lock
  uint8_t lock;
};

Value tee_next(Value self) {
  Tee* t = self.as<Tee>();
  TeeSource* src = t->src;
  for (;;) {
    {
      ObjLockGuard g(&t->lock);
      TeeNode* p = t->pos;
      if (__atomic_load_n(&p->filled, __ATOMIC_ACQUIRE)) {
        t->pos = p->next;
        return p->value;
      }
    }
    Value it = src->it;
    if (it.is_null()) return Value();
    Value v = next(it);  // unlocked: it may run Python code
    if (v.is_null()) {
      src->it = Value();
      return Value();
    }
    TeeNode* fresh = new_object<TeeNode>(nullptr);
    ObjLockGuard g(&src->lock);
    TeeNode* tail = src->tail;
    tail->value = v;
    tail->next = fresh;
    __atomic_store_n(&tail->filled, true, __ATOMIC_RELEASE);
    src->tail = fresh;
  }
}

Value tee_copy(Value self, const Value*, size_t, Tuple*) {
  Tee* t = self.as<Tee>();
  Tee* c = new_object<Tee>(&TeeType);
  c->src = t->src;
  ObjLockGuard g(&t->lock);
  c->pos = t->pos;
  return Value(c);
}

Value tee_new_fn(Value, const Value* args, size_t nargs, Tuple* kw) {
  no_kwargs("tee()", kw);
  check_nargs("tee", nargs, 1, 1);
  Value it = iter(args[0]);
  if (type_of(it) == &TeeType) return tee_copy(it, nullptr, 0, nullptr);
  Tee* t = new_object<Tee>(&TeeType);
  t->src = new_object<TeeSource>(nullptr);
  t->src->it = it;
  t->pos = t->src->tail = new_object<TeeNode>(nullptr);
  return Value(t);
}

Value m_tee(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_no_kwargs("tee", kw);
  check_nargs("tee", nargs, 1, 2);
  int64_t n = nargs > 1 ? stdlib::to_i64(args[1]) : 2;
  if (n < 0) raise_value_error("n must be >= 0");
  Tuple* r = tuple_new(static_cast<size_t>(n));
  if (n == 0) return Value(r);
  Value it = iter(args[0]);
  Value first;
  if (type_of(it) == &TeeType) first = tee_copy(it, nullptr, 0, nullptr);
  else first = tee_new_fn(Value(), &it, 1, nullptr);
  r->items[0] = first;
  for (int64_t i = 1; i < n; ++i) r->items[i] = tee_copy(first, nullptr, 0, nullptr);
  return Value(r);
}

// ---- combinatorics: product, permutations, combinations(_with_replacement) ----

// next() runs entirely under `lock`: it is pure C++ over the pools.
struct Combi : Object {
  Tuple* pools;  // product: one tuple per pool; others: one pool in items[0]
  std::vector<int64_t>* indices;
  std::vector<int64_t>* cycles;
  Tuple* result;
  int64_t r;
  bool stopped;
  uint8_t lock;
};

Combi* combi_new(Type* t) {
  Combi* c = new_object<Combi>(t);
  c->indices = new std::vector<int64_t>();
  c->cycles = new std::vector<int64_t>();
  return c;
}

Tuple* copy_tuple(Tuple* t) { return tuple_from(t->items, static_cast<size_t>(t->len)); }

Value product_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  int64_t repeat = 1;
  if (kw) {
    for (int64_t i = 0; i < kw->len; ++i) {
      if (kw->items[i].as<Str>()->view() != "repeat")
        raise_type_error("product() got an unexpected keyword argument");
      repeat = stdlib::to_i64(args[nargs + i]);
    }
  }
  if (repeat < 0) repeat = 0;
  Combi* c = combi_new(&ProductType);
  size_t npools = nargs * static_cast<size_t>(repeat);
  c->pools = tuple_new(npools);
  for (size_t i = 0; i < nargs; ++i) {
    Value p = Value(tuple_of_iterable(args[i]));
    for (int64_t k = 0; k < repeat; ++k) c->pools->items[k * nargs + i] = p;
  }
  c->indices->assign(npools, 0);
  for (size_t i = 0; i < npools; ++i)
    if (c->pools->items[i].as<Tuple>()->len == 0) c->stopped = true;
  return Value(c);
}

Value product_next(Value self) {
  Combi* c = self.as<Combi>();
  ObjLockGuard g(&c->lock);
  if (c->stopped) return Value();
  int64_t n = c->pools->len;
  if (!c->result) {
    c->result = tuple_new(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) c->result->items[i] = c->pools->items[i].as<Tuple>()->items[0];
    return Value(copy_tuple(c->result));
  }
  auto& idx = *c->indices;
  int64_t i;
  for (i = n - 1; i >= 0; --i) {
    Tuple* pool = c->pools->items[i].as<Tuple>();
    if (++idx[i] == pool->len) {
      idx[i] = 0;
      c->result->items[i] = pool->items[0];
    } else {
      c->result->items[i] = pool->items[idx[i]];
      break;
    }
  }
  if (i < 0) {
    c->stopped = true;
    return Value();
  }
  return Value(copy_tuple(c->result));
}

Value make_result(Combi* c, int64_t count) {
  Tuple* pool = c->pools->items[0].as<Tuple>();
  Tuple* r = tuple_new(static_cast<size_t>(count));
  for (int64_t i = 0; i < count; ++i) r->items[i] = pool->items[(*c->indices)[i]];
  return Value(r);
}

Combi* pool_combi(Type* t, const char* name, const Value* args, size_t nargs, Tuple* kw, bool r_optional) {
  Value it = nargs > 0 ? args[0] : Value(), rv = nargs > 1 ? args[1] : Value();
  Value ki = kwarg(name, kw, args, nargs, {"iterable", "r"}, "iterable");
  Value kr = kwarg(name, kw, args, nargs, {"iterable", "r"}, "r");
  if (!ki.is_null()) it = ki;
  if (!kr.is_null()) rv = kr;
  if (nargs > 2) raise_type_error("%s() takes at most 2 arguments (%zu given)", name, nargs);
  if (it.is_null()) raise_type_error("Required argument 'iterable' (pos 1) not found");
  if (rv.is_null() && !r_optional) raise_type_error("Required argument 'r' (pos 2) not found");
  Combi* c = combi_new(t);
  Tuple* pool = tuple_of_iterable(it);
  c->pools = tuple_of({Value(pool)});
  c->r = (rv.is_null() || is_none(rv)) ? pool->len : stdlib::to_i64(rv);
  if (c->r < 0) raise_value_error("r must be non-negative");
  return c;
}

Value permutations_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  Combi* c = pool_combi(&PermutationsType, "permutations", args, nargs, kw, true);
  int64_t n = c->pools->items[0].as<Tuple>()->len;
  if (c->r > n) c->stopped = true;
  for (int64_t i = 0; i < n; ++i) c->indices->push_back(i);
  for (int64_t i = 0; i < c->r; ++i) c->cycles->push_back(n - i);
  return Value(c);
}

Value permutations_next(Value self) {
  Combi* c = self.as<Combi>();
  ObjLockGuard g(&c->lock);
  if (c->stopped) return Value();
  int64_t n = c->pools->items[0].as<Tuple>()->len, r = c->r;
  if (!c->result) {
    c->result = tuple_empty();
    return make_result(c, r);
  }
  if (n == 0) {
    c->stopped = true;
    return Value();
  }
  auto& idx = *c->indices;
  auto& cyc = *c->cycles;
  for (int64_t i = r - 1; i >= 0; --i) {
    if (--cyc[i] == 0) {
      int64_t first = idx[i];
      for (int64_t j = i; j < n - 1; ++j) idx[j] = idx[j + 1];
      idx[n - 1] = first;
      cyc[i] = n - i;
    } else {
      int64_t j = cyc[i];
      std::swap(idx[i], idx[n - j]);
      return make_result(c, r);
    }
  }
  c->stopped = true;
  return Value();
}

Value combinations_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  Combi* c = pool_combi(&CombinationsType, "combinations", args, nargs, kw, false);
  int64_t n = c->pools->items[0].as<Tuple>()->len;
  if (c->r > n) c->stopped = true;
  for (int64_t i = 0; i < c->r; ++i) c->indices->push_back(i);
  return Value(c);
}

Value combinations_next(Value self) {
  Combi* c = self.as<Combi>();
  ObjLockGuard g(&c->lock);
  if (c->stopped) return Value();
  int64_t n = c->pools->items[0].as<Tuple>()->len, r = c->r;
  if (!c->result) {
    c->result = tuple_empty();
    return make_result(c, r);
  }
  auto& idx = *c->indices;
  int64_t i;
  for (i = r - 1; i >= 0 && idx[i] == i + n - r; --i) {
  }
  if (i < 0) {
    c->stopped = true;
    return Value();
  }
  ++idx[i];
  for (int64_t j = i + 1; j < r; ++j) idx[j] = idx[j - 1] + 1;
  return make_result(c, r);
}

Value cwr_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  Combi* c = pool_combi(&CwrType, "combinations_with_replacement", args, nargs, kw, false);
  int64_t n = c->pools->items[0].as<Tuple>()->len;
  if (n == 0 && c->r > 0) c->stopped = true;
  c->indices->assign(static_cast<size_t>(c->r), 0);
  return Value(c);
}

Value cwr_next(Value self) {
  Combi* c = self.as<Combi>();
  ObjLockGuard g(&c->lock);
  if (c->stopped) return Value();
  int64_t n = c->pools->items[0].as<Tuple>()->len, r = c->r;
  if (!c->result) {
    c->result = tuple_empty();
    return make_result(c, r);
  }
  auto& idx = *c->indices;
  int64_t i;
  for (i = r - 1; i >= 0 && idx[i] == n - 1; --i) {
  }
  if (i < 0) {
    c->stopped = true;
    return Value();
  }
  int64_t v = idx[i] + 1;
  for (int64_t j = i; j < r; ++j) idx[j] = v;
  return make_result(c, r);
}

// ---- registration ----

void register_itertools() {
  struct Row {
    Type* t;
    const char* name;
    CallFn tp_new;
    UnaryFn next;
  };
  const Row rows[] = {
      {&CountType, "itertools.count", count_new, count_next},
      {&CycleType, "itertools.cycle", cycle_new, cycle_next},
      {&RepeatType, "itertools.repeat", repeat_new, repeat_next},
      {&ChainType, "itertools.chain", chain_new, chain_next},
      {&IsliceType, "itertools.islice", islice_new, islice_next},
      {&ImapType, "itertools.imap", imap_new, imap_next},
      {&IfilterType, "itertools.ifilter", ifilter_new, ifilter_next},
      {&IfilterfalseType, "itertools.ifilterfalse", ifilterfalse_new, ifilterfalse_next},
      {&IzipType, "itertools.izip", izip_new, izip_next},
      {&IzipLongestType, "itertools.izip_longest", izip_longest_new, izip_longest_next},
      {&StarmapType, "itertools.starmap", starmap_new, starmap_next},
      {&TakewhileType, "itertools.takewhile", takewhile_new, takewhile_next},
      {&DropwhileType, "itertools.dropwhile", dropwhile_new, dropwhile_next},
      {&GroupbyType, "itertools.groupby", groupby_new, groupby_next},
      {&GrouperType, "itertools._grouper", nullptr, grouper_next},
      {&TeeType, "itertools.tee", tee_new_fn, tee_next},
      {&ProductType, "itertools.product", product_new, product_next},
      {&PermutationsType, "itertools.permutations", permutations_new, permutations_next},
      {&CombinationsType, "itertools.combinations", combinations_new, combinations_next},
      {&CwrType, "itertools.combinations_with_replacement", cwr_new, cwr_next},
      {&CompressType, "itertools.compress", compress_new, compress_next},
  };
  for (const Row& r : rows) {
    r.t->name = r.name;
    r.t->tp_new = r.tp_new;
    r.t->iter = self_iter;
    r.t->iternext = r.next;
    if (r.t != &TeeType && r.t != &GrouperType) r.t->flags = kTypeBaseOk;
    if (r.t == &TeeType) {
      type_ready(r.t, {{"next", next_method}, {"__copy__", tee_copy}});
    } else if (r.t == &RepeatType) {
      type_ready(r.t, {{"next", next_method}, {"__length_hint__", repeat_length_hint}});
    } else {
      type_ready(r.t, {{"next", next_method}});
    }
  }
  CountType.repr = count_repr;
  RepeatType.repr = repeat_repr;
}
TypeRegistrar treg(register_itertools);

void init_itertools(Module* m) {
  Type* types[] = {&CountType, &CycleType, &RepeatType, &ChainType, &IsliceType, &ImapType, &IfilterType,
                   &IfilterfalseType, &IzipType, &IzipLongestType, &StarmapType, &TakewhileType, &DropwhileType,
                   &GroupbyType, &ProductType, &PermutationsType, &CombinationsType, &CwrType, &CompressType};
  for (Type* t : types) stdlib::mod_set(m, std::strchr(t->name, '.') + 1, Value(t));
  if (dict_get_str(ChainType.dict, str_intern("from_iterable")).is_null()) {
    Value fi(builtin_function_new("from_iterable", chain_from_iterable));
    dict_set(ChainType.dict, Value(str_intern("from_iterable")), call(Value(&ClassMethodType), fi));
  }
  stdlib::mod_fns(m, {{"tee", m_tee}});
}

NativeModule reg("itertools", init_itertools);

}  // namespace
}  // namespace pytrans::rt
