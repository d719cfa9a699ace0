"""Heap queue algorithm (a.k.a. priority queue), as Python 2.7's heapq.

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2]; only `<`
is used to compare items, as 2.7 does. nlargest/nsmallest return what 2.7
returns: ties keep their input order.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from itertools import islice as _islice, count as _count, imap as _imap
from itertools import izip as _izip, tee as _tee, chain as _chain
from operator import itemgetter as _itemgetter


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _check_list(heap):
    if not isinstance(heap, list):
        raise TypeError("heap argument must be a list")


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list(heap)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list(heap)
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    _check_list(heap)
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    _check_list(heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _check_list(x)
    n = len(x)
    i = n // 2 - 1
    while i >= 0:
        _siftup(x, i)
        i -= 1


class _Merge(object):
    """The iterator merge() returns (2.7's merge generator, unrolled)."""

    def __init__(self, iterables):
        h = []
        itnum = 0
        for it in map(iter, iterables):
            nxt = it.next
            try:
                h.append([nxt(), itnum, nxt])
            except StopIteration:
                pass
            itnum += 1
        heapify(h)
        self._heap = h

    def __iter__(self):
        return self

    def next(self):
        h = self._heap
        while h:
            s = h[0]
            v = s[0]
            try:
                s[0] = s[2]()
                heapreplace(h, s)
            except StopIteration:
                heappop(h)
            return v
        raise StopIteration


def merge(*iterables):
    """Merge multiple sorted inputs into a single sorted output."""
    return _Merge(iterables)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset."""
    if n == 1:
        it = iter(iterable)
        head = list(_islice(it, 1))
        if not head:
            return []
        if key is None:
            return [max(_chain(head, it))]
        return [max(_chain(head, it), key=key)]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    if key is None:
        decorated = list(_izip(iterable, _count(0, -1)))
        decorated.sort(reverse=True)
        return map(_itemgetter(0), decorated[:n])
    in1, in2 = _tee(iterable)
    decorated = list(_izip(_imap(key, in1), _count(0, -1), in2))
    decorated.sort(reverse=True)
    return map(_itemgetter(2), decorated[:n])


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset."""
    if n == 1:
        it = iter(iterable)
        head = list(_islice(it, 1))
        if not head:
            return []
        if key is None:
            return [min(_chain(head, it))]
        return [min(_chain(head, it), key=key)]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    if key is None:
        decorated = list(_izip(iterable, _count()))
        decorated.sort()
        return map(_itemgetter(0), decorated[:n])
    in1, in2 = _tee(iterable)
    decorated = list(_izip(_imap(key, in1), _count(), in2))
    decorated.sort()
    return map(_itemgetter(2), decorated[:n])
