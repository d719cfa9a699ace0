# Threads sharing one iterator: every item reaches exactly one thread.
# Each thread collects what it gets; only totals are printed.
import threading

N = 20000
THREADS = 4


def drain(it, nthreads=THREADS):
    got = [[] for _ in range(nthreads)]

    def work(k):
        out = got[k]
        for x in it:
            out.append(x)

    ts = [threading.Thread(target=work, args=(k,)) for k in range(nthreads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    allitems = []
    for g in got:
        allitems.extend(g)
    return allitems


def report(name, items, expected):
    print name, len(items), len(set(items)), sorted(items) == sorted(expected)


data = range(N)
report('list', drain(iter(data)), data)
report('tuple', drain(iter(tuple(data))), data)
report('xrange', drain(iter(xrange(N))), data)
report('reversed', drain(reversed(data)), data)
text = ''.join(chr(i % 256) for i in range(N))
chars = drain(iter(text))
print 'str', len(chars), sorted(chars) == sorted(text)

# enumerate: each item keeps the index it had in the list.
pairs = drain(enumerate(data, 5))
print 'enumerate', len(pairs), all(i == x + 5 for i, x in pairs), len(set(i for i, x in pairs))

# A list that grows while shared: all original items are seen once.
grow = list(data)
it = iter(grow)
got = []


def appender():
    for i in range(N):
        grow.append(N + i)

t = threading.Thread(target=appender)
t.start()
got = drain(it, 3)
t.join()
print 'growing', len(set(got)) == len(got), set(range(N)) <= set(got), len(grow)
# An exhausted iterator stays exhausted.
print 'after', list(it)
