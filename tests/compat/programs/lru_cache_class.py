# An LRU cache built on a dict plus a doubly linked list; hit/miss statistics.
class Node(object):
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key, value):
        self.key, self.value = key, value
        self.prev = self.next = None
class LRU(object):
    def __init__(self, capacity):
        self.cap = capacity
        self.map = {}
        self.head = Node(None, None)
        self.tail = Node(None, None)
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push_front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n
    def get(self, key, default=None):
        n = self.map.get(key)
        if n is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(n)
        self._push_front(n)
        return n.value
    def put(self, key, value):
        if key in self.map:
            n = self.map[key]
            n.value = value
            self._unlink(n)
        else:
            if len(self.map) >= self.cap:
                old = self.tail.prev
                self._unlink(old)
                del self.map[old.key]
            n = Node(key, value)
            self.map[key] = n
        self._push_front(n)
    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out
c = LRU(3)
for k in "abcabdeacfa":
    if c.get(k) is None:
        c.put(k, k.upper())
    print k, c.keys()
print c.hits, c.misses, sorted(c.map)
def fib_cached(n, cache=LRU(100)):
    v = cache.get(n)
    if v is None:
        v = n if n < 2 else fib_cached(n - 1) + fib_cached(n - 2)
        cache.put(n, v)
    return v
print fib_cached(90)
