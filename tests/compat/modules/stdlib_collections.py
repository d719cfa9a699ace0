# collections: defaultdict, OrderedDict, Counter, deque, namedtuple behaviours and reprs.
from collections import defaultdict, OrderedDict, Counter, deque, namedtuple
dd = defaultdict(int)
for c in "mississippi":
    dd[c] += 1
print dd, dict(dd), dd.default_factory
od = OrderedDict([("z", 1), ("a", 2)])
od["m"] = 3
od["z"] = 9
print od, od.keys(), od.popitem(), od.popitem(last=False), od
c = Counter("abracadabra")
print c, c.most_common(3), c["z"], sorted(c.elements())
c.update("aaz")
print c.most_common(2), (c - Counter("a" * 10)), c + Counter("q")
q = deque([1, 2, 3])
q.appendleft(0); q.append(4); q.rotate(2)
print q, q.popleft(), q.pop(), len(q), list(reversed(q)), deque(maxlen=2)
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print p, p._replace(x=5), p._asdict(), Point._make([3, 4]), p + (3,), p == (1, 2)
try:
    Point(1)
except TypeError as e:
    print e
