# Thousands of suspended generators, each holding a large list only in its own locals, across heavy allocation.
def holder(seed):
    data = [seed * 1000 + i for i in range(300)]
    text = "".join(str(i % 10) for i in range(200)) * 2
    yield len(data)
    yield sum(data) == sum(range(seed * 1000, seed * 1000 + 300)) and len(text) == 400
    yield data[-1]

gens = [holder(i) for i in range(3000)]
print sum(next(g) for g in gens)
junk = []
for r in range(30):
    junk = [[j] * 50 for j in range(2000)]
print all(next(g) for g in gens)
print sum(next(g) for g in gens)
print sum(len(list(g)) for g in gens)

def pipeline(n):
    src = (i for i in xrange(n))
    sq = (x * x for x in src)
    odd = (y for y in sq if y % 2)
    return sum(odd)
print [pipeline(k) for k in (10, 100, 1000, 10000)]

total = 0
for k in range(20000):
    g = holder(k)
    total += next(g)
print total
