# collections.deque and defaultdict: maxlen eviction, rotation, errors, reprs, copies.
from collections import deque, defaultdict
import copy
d = deque("abc", maxlen=4)
d.append("d"); d.append("e"); d.appendleft("z")
print d, d.maxlen, len(d), d[0], d[-1], "b" in d, d.count("b")
d.extendleft("xy"); print d
d.rotate(-1); print d
d.rotate(3); print d
d.remove("z") if "z" in d else d.remove("x"); print d, list(reversed(d))
d.reverse(); print d, d == deque(list(d)), d != deque([])
e = deque([1, 2, 3])
e += [4, 5]
e[0] = 10
del e[1]
print e, copy.copy(e), deque(maxlen=0), deque([], 3)
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(2),
          lambda: deque([], -1)]:
    try:
        f()
    except (IndexError, ValueError) as ex:
        print type(ex).__name__, ex
dd = defaultdict(list)
dd["x"].append(1)
dd["y"]
print dd, dd.default_factory, "z" in dd, dd.get("z"), len(dd)
dc = dd.copy()
dc["x"].append(2)
print dc, type(dc).__name__, dd["x"] is dc["x"]
n = defaultdict()
try:
    n["missing"]
except KeyError as ex:
    print "KeyError", ex
n.default_factory = int
print n["q"], n, isinstance(n, dict)
class Tree(defaultdict):
    def __init__(self):
        defaultdict.__init__(self, Tree)
t = Tree()
t["a"]["b"]["c"] = 1
print t["a"]["b"]["c"], type(t["a"]).__name__
