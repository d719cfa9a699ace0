# Merges of long runs: two interleaved ascending runs make timsort gallop
# (after 7 wins in a row, then adaptively); the count and the exact pairs
# compared show each switch in and out of galloping, in merge_lo and
# merge_hi.
count = [0]
trace = []
class N(object):
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        count[0] += 1
        trace.append("%d/%d" % (self.v, other.v))
        return self.v < other.v

def run(title, values):
    del trace[:]
    count[0] = 0
    items = [N(v) for v in values]
    items.sort()
    assert [x.v for x in items] == sorted(values)
    print "== %s (n=%d): %d comparisons" % (title, len(values), count[0])
    for k in range(0, len(trace), 12):
        print " ".join(trace[k:k + 12])

# left run short, right run long: merge_lo; blocks of 10 then 1 then 10...
a = range(0, 400, 4)
b = []
for blk in range(12):
    base = blk * 40 + 1
    b.extend(range(base, base + (20 if blk % 2 else 2)))
run("merge_lo gallop", a + b)
# left run long, right short: merge_hi
run("merge_hi gallop", b + a[:60])
# a descending run reversed into place, then merged with an ascending one
run("descending then ascending", range(150, 0, -2) + range(1, 120, 3))
# four runs of unequal length: the run stack collapses in 2.7's order
run("stack", range(0, 130) + range(5, 75) + range(3, 40) + range(100, 180) + range(2, 60))
