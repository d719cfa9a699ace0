# Set algebra: building sets of ints and strings, union / intersection /
# difference / symmetric difference, in-place forms, membership tests.
# About 1 s under CPython 2.7.18 on the development machine.

def multiples(k, n):
    s = set()
    for i in range(0, n, k):
        s.add(i)
    return s


def run(n):
    a = multiples(2, n)
    b = multiples(3, n)
    c = multiples(5, n)
    total = 0
    for rep in range(6):
        u = a | b | c
        i = a & b & c
        d = (a - b) - c
        x = a ^ b ^ c
        total += len(u) + len(i) + len(d) + len(x)
        e = a.copy()
        e -= b
        e |= c
        e &= u
        total += len(e)
    hits = 0
    for v in range(n):
        if v in i:
            hits += 1
    return total, hits


def strings(n):
    s = set()
    for i in range(n):
        s.add('s%d' % (i * 7 % 1000))
    t = set()
    for i in range(n):
        t.add('s%d' % (i * 11 % 1500))
    return len(s | t), len(s & t), sorted(s - t)[:5], list(s ^ t)[:5]


print run(80000)
print strings(50000)
print set(range(10, 0, -1)), frozenset('setheavy')
