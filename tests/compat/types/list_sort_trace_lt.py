# list.sort asks `<` exactly as 2.7's timsort does: every comparison is
# printed (ids of the two items), for random data with duplicates, runs,
# strictly descending runs and sizes past minrun so runs are merged.
seed = [2024]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return (seed[0] >> 8) % n

log = []
class Item(object):
    def __init__(self, v, i):
        self.v = v
        self.i = i
    def __lt__(self, other):
        log.append("%d<%d" % (self.i, other.i))
        return self.v < other.v
    def __repr__(self):
        return "%d:%d" % (self.v, self.i)

def show(name, values, **kw):
    del log[:]
    items = [Item(v, i) for i, v in enumerate(values)]
    items.sort(**kw)
    print "== %s n=%d %s: %d comparisons" % (name, len(values), sorted(kw.items()), len(log))
    for k in range(0, len(log), 16):
        print " ".join(log[k:k + 16])
    print "order:", " ".join(str(x.i) for x in items)
    assert [x.v for x in items] == sorted(values, reverse=kw.get("reverse", False))

show("random dups", [rnd(10) for _ in range(40)])
show("ascending then descending", range(20) + range(30, 10, -1) + [5] * 5)
show("strictly descending with equal pairs", [50 - i // 2 for i in range(60)])
show("runs", sorted(rnd(100) for _ in range(70)) + sorted(rnd(100) for _ in range(90)))
show("random 150", [rnd(1000) for _ in range(150)])
show("few distinct 200", [rnd(4) for _ in range(200)])
show("random dups reversed", [rnd(8) for _ in range(45)], reverse=True)
