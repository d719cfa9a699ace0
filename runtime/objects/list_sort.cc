// SPDX-License-Identifier: Apache-2.0
// list.sort(): CPython 2.7's timsort, comparison for comparison.
//
// Programs can watch a sort: a __lt__ or __cmp__ that prints, a cmp= function
// that counts, a comparison that raises half way and leaves the list in some
// permutation. To print what 2.7 prints we run the same algorithm (as
// described in 2.7's listsort.txt) and ask exactly the same questions in the
// same order, so the code below follows the published description closely:
//
//   * count_run finds the next run: non-descending, or *strictly* descending
//     (then reversed in place, which keeps the sort stable);
//   * a run shorter than minrun (computed from n so that n / minrun is a
//     power of two or just under) is extended by binary insertion;
//   * runs go on a stack whose lengths keep A > B + C and B > C (checked on
//     the top four entries, the 2015 fix that 2.7.10+ carries); merges always
//     join neighbours;
//   * merge_at trims the parts already in place with one gallop each way,
//     then merges the shorter side into the longer (merge_lo copies the left
//     run out, merge_hi the right run), switching to galloping when one side
//     wins kMinGallop times in a row; min_gallop adapts per sort.
//
// The only question ever asked is "a < b": rich comparison `<` without a
// cmp function, cmp(a, b) < 0 with one. With key= the keys are computed
// once, first, and compared instead of the items.
//
// 2.7's list is empty while it is being sorted (cap -1 marks "untouched"),
// so comparisons that look at it see []; if anything grew it meanwhile the
// sort ends with "ValueError: list modified during sort" and the contents
// added meanwhile are dropped. An exception from a comparison propagates
// with the list holding a permutation of its items: each merge copies its
// scratch run back before letting the exception go, as 2.7 does.
//
// Scratch memory comes from the collector (gc.h): keys may be reachable
// from nowhere else.
#include <algorithm>
#include <cstring>
#include <type_traits>

#include "core/frame.h"
#include "core/gc.h"
#include "core/objlock.h"
#include "core/ops.h"
#include "core/raise.h"
#include "objects/int.h"
#include "objects/list.h"

namespace pytrans::rt {

namespace {

constexpr int64_t kMinMerge = 64;     // runs shorter than minrun are extended
constexpr int64_t kMinGallop = 7;     // initial threshold for galloping
constexpr int kMaxMergePending = 85;  // enough for 2**64 items

// An item sorted by a key computed beforehand (list.sort(key=...)).
struct Keyed {
  Value key;
  Value value;
};

inline Value sort_key(Value v) { return v; }
inline Value sort_key(const Keyed& k) { return k.key; }

// "a < b" as 2.7's islt(): rich `<`, or cmp(a, b) < 0 when cmp is given.
struct RichLess {
  bool operator()(Value a, Value b) const { return compare_bool(a, b, kLt); }
};
struct CmpLess {
  Value cmpfn;

  bool operator()(Value a, Value b) const {
    Value r;
    {
      CCallGuard levels(cmpfn);  // 2.7 calls cmp through PyObject_Call (core/frame.h)
      r = call(cmpfn, a, b);
    }
    if (!is_int(r)) raise_type_error("comparison function must return int, not %s", type_name(r));
    return int_value(r) < 0;
  }
};

template <class T, class Less>
class TimSort {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  TimSort(Less less) : less_(less) {}

  void sort(T* lo, int64_t n) {
    if (n < 2) return;
    int64_t minrun = compute_minrun(n);
    int64_t remaining = n;
    do {
      bool descending;
      int64_t run = count_run(lo, lo + remaining, &descending);
      if (descending) std::reverse(lo, lo + run);
      if (run < minrun) {
        int64_t force = remaining <= minrun ? remaining : minrun;
        binary_insertion_sort(lo, lo + force, lo + run);
        run = force;
      }
      pending_[npending_++] = Run{lo, run};
      merge_collapse();
      lo += run;
      remaining -= run;
    } while (remaining);
    merge_force_collapse();
  }

 private:
  struct Run {
    T* base;
    int64_t len;
  };

  bool lt(const T& a, const T& b) const { return less_(sort_key(a), sort_key(b)); }

  static void move(T* dst, const T* src, int64_t n) {
    if (n > 0) std::memmove(static_cast<void*>(dst), src, n * sizeof(T));
  }

  // n itself if n < kMinMerge, else a k in [32, 64] such that n / k is
  // close to, but no more than, a power of two.
  static int64_t compute_minrun(int64_t n) {
    int64_t r = 0;
    while (n >= kMinMerge) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  // Length of the run starting at lo: lo[0] <= lo[1] <= ..., or strictly
  // lo[0] > lo[1] > ... (*descending set). At least 2 if hi - lo >= 2.
  int64_t count_run(T* lo, T* hi, bool* descending) {
    *descending = false;
    if (lo + 1 == hi) return 1;
    int64_t n = 2;
    if (lt(lo[1], lo[0])) {
      *descending = true;
      for (T* p = lo + 2; p < hi && lt(*p, p[-1]); ++p) ++n;
    } else {
      for (T* p = lo + 2; p < hi && !lt(*p, p[-1]); ++p) ++n;
    }
    return n;
  }

  // [lo, start) is sorted; insert start..hi-1 one by one, each after every
  // item that is not greater (a binary search asking pivot < x).
  void binary_insertion_sort(T* lo, T* hi, T* start) {
    for (; start < hi; ++start) {
      T pivot = *start;
      T* l = lo;
      T* r = start;
      do {
        T* p = l + ((r - l) >> 1);
        if (lt(pivot, *p)) r = p;
        else l = p + 1;
      } while (l < r);
      move(l + 1, l, start - l);
      *l = pivot;
    }
  }

  // Where key goes in sorted a[0..n): the k with a[k-1] < key <= a[k]
  // (before equal items). The search starts at a[hint], gallops outwards by
  // 1, 3, 7, 15... and finishes with a binary search.
  int64_t gallop_left(T key, const T* a, int64_t n, int64_t hint) {
    int64_t lastofs = 0, ofs = 1;
    if (lt(a[hint], key)) {
      // a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs].
      int64_t maxofs = n - hint;
      while (ofs < maxofs && lt(a[hint + ofs], key)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      // key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs].
      int64_t maxofs = hint + 1;
      while (ofs < maxofs && !lt(a[hint - ofs], key)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      int64_t k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    // a[lastofs] < key <= a[ofs]: binary search in between.
    ++lastofs;
    while (lastofs < ofs) {
      int64_t m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(a[m], key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  // Like gallop_left but after equal items: a[k-1] <= key < a[k].
  int64_t gallop_right(T key, const T* a, int64_t n, int64_t hint) {
    int64_t lastofs = 0, ofs = 1;
    if (lt(key, a[hint])) {
      // key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs].
      int64_t maxofs = hint + 1;
      while (ofs < maxofs && lt(key, a[hint - ofs])) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      int64_t k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      // a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs].
      int64_t maxofs = n - hint;
      while (ofs < maxofs && !lt(key, a[hint + ofs])) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    ++lastofs;
    while (lastofs < ofs) {
      int64_t m = lastofs + ((ofs - lastofs) >> 1);
      if (lt(key, a[m])) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  T* scratch(int64_t n) {
    if (n > scratch_len_) {
      scratch_ = static_cast<T*>(gc_alloc(n * sizeof(T)));
      scratch_len_ = n;
    }
    return scratch_;
  }

  // How a merge loop ended: normally (whatever is left of the scratch run is
  // copied back), or with one item of the scratch run left, which belongs at
  // the far end of the merged run.
  enum class MergeEnd { kDone, kLastOfScratch };

  // The cursors of merge_lo: dest and b walk the list, a the scratch copy
  // of the left run.
  struct LoState {
    T* dest;
    T* a;
    T* b;
    int64_t na, nb;
  };

  // Merges the na items at pa with the nb items right after them, na <= nb.
  // Known from merge_at: pb[0] < pa[0] and pb[nb-1] < pa[na-1].
  void merge_lo(T* pa, int64_t na, T* pb, int64_t nb) {
    T* tmp = scratch(na);
    move(tmp, pa, na);
    LoState s{pa, tmp, pb, na, nb};
    MergeEnd end;
    try {
      end = merge_lo_loop(s);
    } catch (...) {
      move(s.dest, s.a, s.na);
      throw;
    }
    if (end == MergeEnd::kLastOfScratch) {
      move(s.dest, s.b, s.nb);
      s.dest[s.nb] = *s.a;
    } else {
      move(s.dest, s.a, s.na);
    }
  }

  MergeEnd merge_lo_loop(LoState& s) {
    *s.dest++ = *s.b++;
    if (--s.nb == 0) return MergeEnd::kDone;
    if (s.na == 1) return MergeEnd::kLastOfScratch;
    int64_t min_gallop = min_gallop_;
    for (;;) {
      int64_t acount = 0, bcount = 0;  // times in a row each side won
      // One item at a time, until one side keeps winning.
      for (;;) {
        if (lt(*s.b, *s.a)) {
          *s.dest++ = *s.b++;
          ++bcount;
          acount = 0;
          if (--s.nb == 0) return MergeEnd::kDone;
          if (bcount >= min_gallop) break;
        } else {
          *s.dest++ = *s.a++;
          ++acount;
          bcount = 0;
          if (--s.na == 1) return MergeEnd::kLastOfScratch;
          if (acount >= min_gallop) break;
        }
      }
      // Galloping: find how many items of each side go next, in one search.
      ++min_gallop;
      do {
        if (min_gallop > 1) --min_gallop;
        min_gallop_ = min_gallop;
        int64_t k = gallop_right(*s.b, s.a, s.na, 0);
        acount = k;
        if (k) {
          move(s.dest, s.a, k);
          s.dest += k;
          s.a += k;
          s.na -= k;
          if (s.na == 1) return MergeEnd::kLastOfScratch;
          // na == 0 only if the comparisons are inconsistent.
          if (s.na == 0) return MergeEnd::kDone;
        }
        *s.dest++ = *s.b++;
        if (--s.nb == 0) return MergeEnd::kDone;

        k = gallop_left(*s.a, s.b, s.nb, 0);
        bcount = k;
        if (k) {
          move(s.dest, s.b, k);
          s.dest += k;
          s.b += k;
          s.nb -= k;
          if (s.nb == 0) return MergeEnd::kDone;
        }
        *s.dest++ = *s.a++;
        if (--s.na == 1) return MergeEnd::kLastOfScratch;
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      ++min_gallop;  // leaving galloping mode costs
      min_gallop_ = min_gallop;
    }
  }

  // The cursors of merge_hi, all pointing at the last item still to place:
  // dest and a walk the list backwards, b the scratch copy of the right run
  // (b_base is its start).
  struct HiState {
    T* dest;
    T* a;
    T* b;
    T* b_base;
    int64_t na, nb;
  };

  // Merges from the right end; na >= nb. Same preconditions as merge_lo.
  void merge_hi(T* pa, int64_t na, T* pb, int64_t nb) {
    T* tmp = scratch(nb);
    move(tmp, pb, nb);
    HiState s{pb + nb - 1, pa + na - 1, tmp + nb - 1, tmp, na, nb};
    MergeEnd end;
    try {
      end = merge_hi_loop(s, pa);
    } catch (...) {
      move(s.dest - (s.nb - 1), s.b_base, s.nb);
      throw;
    }
    if (end == MergeEnd::kLastOfScratch) {
      s.dest -= s.na;
      s.a -= s.na;
      move(s.dest + 1, s.a + 1, s.na);
      *s.dest = *s.b;
    } else {
      move(s.dest - (s.nb - 1), s.b_base, s.nb);
    }
  }

  MergeEnd merge_hi_loop(HiState& s, T* a_base) {
    *s.dest-- = *s.a--;
    if (--s.na == 0) return MergeEnd::kDone;
    if (s.nb == 1) return MergeEnd::kLastOfScratch;
    int64_t min_gallop = min_gallop_;
    for (;;) {
      int64_t acount = 0, bcount = 0;
      for (;;) {
        if (lt(*s.b, *s.a)) {
          *s.dest-- = *s.a--;
          ++acount;
          bcount = 0;
          if (--s.na == 0) return MergeEnd::kDone;
          if (acount >= min_gallop) break;
        } else {
          *s.dest-- = *s.b--;
          ++bcount;
          acount = 0;
          if (--s.nb == 1) return MergeEnd::kLastOfScratch;
          if (bcount >= min_gallop) break;
        }
      }
      ++min_gallop;
      do {
        if (min_gallop > 1) --min_gallop;
        min_gallop_ = min_gallop;
        int64_t k = s.na - gallop_right(*s.b, a_base, s.na, s.na - 1);
        acount = k;
        if (k) {
          s.dest -= k;
          s.a -= k;
          move(s.dest + 1, s.a + 1, k);
          s.na -= k;
          if (s.na == 0) return MergeEnd::kDone;
        }
        *s.dest-- = *s.b--;
        if (--s.nb == 1) return MergeEnd::kLastOfScratch;

        k = s.nb - gallop_left(*s.a, s.b_base, s.nb, s.nb - 1);
        bcount = k;
        if (k) {
          s.dest -= k;
          s.b -= k;
          move(s.dest + 1, s.b + 1, k);
          s.nb -= k;
          if (s.nb == 1) return MergeEnd::kLastOfScratch;
          // nb == 0 only if the comparisons are inconsistent.
          if (s.nb == 0) return MergeEnd::kDone;
        }
        *s.dest-- = *s.a--;
        if (--s.na == 0) return MergeEnd::kDone;
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      ++min_gallop;
      min_gallop_ = min_gallop;
    }
  }

  // Merges the runs at stack positions i and i + 1.
  void merge_at(int i) {
    T* pa = pending_[i].base;
    int64_t na = pending_[i].len;
    T* pb = pending_[i + 1].base;
    int64_t nb = pending_[i + 1].len;
    pending_[i].len = na + nb;
    if (i == npending_ - 3) pending_[i + 1] = pending_[i + 2];
    --npending_;
    // Items of a before where b[0] goes are already in place...
    int64_t k = gallop_right(*pb, pa, na, 0);
    pa += k;
    na -= k;
    if (na == 0) return;
    // ...and so are items of b after where a's last item goes.
    nb = gallop_left(pa[na - 1], pb, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) merge_lo(pa, na, pb, nb);
    else merge_hi(pa, na, pb, nb);
  }

  // Restores the stack invariants (for runs A B C D from the bottom):
  // B > C + D, C > D, and A > B + C, merging the smaller neighbour pair.
  void merge_collapse() {
    Run* p = pending_;
    while (npending_ > 1) {
      int n = npending_ - 2;
      if ((n > 0 && p[n - 1].len <= p[n].len + p[n + 1].len) ||
          (n > 1 && p[n - 2].len <= p[n - 1].len + p[n].len)) {
        if (p[n - 1].len < p[n + 1].len) --n;
        merge_at(n);
      } else if (p[n].len <= p[n + 1].len) {
        merge_at(n);
      } else {
        break;
      }
    }
  }

  // At the end: merge everything, still preferring the smaller neighbour.
  void merge_force_collapse() {
    Run* p = pending_;
    while (npending_ > 1) {
      int n = npending_ - 2;
      if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
      merge_at(n);
    }
  }

  Less less_;
  int64_t min_gallop_ = kMinGallop;
  T* scratch_ = nullptr;
  int64_t scratch_len_ = 0;
  Run pending_[kMaxMergePending];
  int npending_ = 0;
};

// Puts a list's items back after sorting. Whatever the list held meanwhile
// is dropped. Returns true if it was modified meanwhile.
bool restore(List* l, Value* items, int64_t n, int64_t cap) {
  ObjLockGuard g(&l->lock);
  bool modified = l->cap != -1;
  l->items = items;
  l->len = n;
  l->cap = cap;
  return modified;
}

}  // namespace

void list_sort(List* l, Value cmpfn, Value keyfn, bool reverse) {
  if (!cmpfn.is_null() && is_none(cmpfn)) cmpfn = Value();
  if (!keyfn.is_null() && is_none(keyfn)) keyfn = Value();
  int64_t n, cap;
  Value* items;
  {
    ObjLockGuard g(&l->lock);
    n = l->len;
    cap = l->cap;
    items = l->items;
    l->items = nullptr;
    l->len = 0;
    l->cap = -1;  // any resize makes it >= 0: see restore()
  }
  // Sorts `base` with `<` or with cmp.
  auto timsort = [&](auto* base) {
    using T = std::remove_pointer_t<decltype(base)>;
    if (cmpfn.is_null()) TimSort<T, RichLess>(RichLess{}).sort(base, n);
    else TimSort<T, CmpLess>(CmpLess{cmpfn}).sort(base, n);
  };

  if (keyfn.is_null()) {
    try {
      if (reverse) std::reverse(items, items + n);
      timsort(items);
    } catch (...) {
      if (reverse) std::reverse(items, items + n);
      restore(l, items, n, cap);
      throw;
    }
    if (reverse) std::reverse(items, items + n);
    if (restore(l, items, n, cap)) raise_value_error("list modified during sort");
    return;
  }

  // key=: each key once, in order, before any comparison. An exception from
  // the key function leaves the list as it was.
  Keyed* keyed = static_cast<Keyed*>(gc_alloc((n ? n : 1) * sizeof(Keyed)));
  try {
    for (int64_t i = 0; i < n; ++i) {
      CCallGuard levels(keyfn);  // 2.7 calls key through PyObject_Call (core/frame.h)
      keyed[i] = Keyed{call(keyfn, items[i]), items[i]};
    }
  } catch (...) {
    restore(l, items, n, cap);
    throw;
  }
  auto undecorate = [&] {
    for (int64_t i = 0; i < n; ++i) items[i] = keyed[i].value;
    if (reverse) std::reverse(items, items + n);
  };
  try {
    if (reverse) std::reverse(keyed, keyed + n);
    timsort(keyed);
  } catch (...) {
    undecorate();
    restore(l, items, n, cap);
    throw;
  }
  undecorate();
  if (restore(l, items, n, cap)) raise_value_error("list modified during sort");
}

}  // namespace pytrans::rt
