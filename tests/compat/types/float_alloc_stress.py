# Many floats alive at once across many collections, made by several threads
# (each allocates from its own free list): every value must stay intact.
import threading


def build(k, n):
    live = []
    x = 0.0
    for i in xrange(n):
        x = x * 0.5 + i * 0.25 + k  # garbage temporaries between the kept ones
        if i % 3 == 0:
            live.append(x)
    return live


def check(k, n, live):
    x = 0.0
    j = 0
    bad = 0
    for i in xrange(n):
        x = x * 0.5 + i * 0.25 + k
        if i % 3 == 0:
            if live[j] != x:
                bad += 1
            j += 1
    return bad


lists = [build(k, 300000) for k in range(3)]
print [check(k, 300000, l) for k, l in enumerate(lists)], sum(map(sum, lists))
out = {}


def worker(k):
    for rnd in range(3):
        l = build(k, 60000)
        out[k, rnd] = (check(k, 60000, l), sum(l))


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print sorted(out.items())
print [check(k, 300000, l) for k, l in enumerate(lists)]
