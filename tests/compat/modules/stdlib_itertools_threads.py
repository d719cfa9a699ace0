# itertools objects shared by threads: no item lost or handed out twice (count, repeat, product, tee, izip_longest).
import threading
import itertools

N_THREADS = 6
PER = 1000
c = itertools.count(10, 3)
r = itertools.repeat('x', N_THREADS * PER - 5)
p = itertools.product(range(20), repeat=3)
z = itertools.izip_longest(itertools.repeat(1, 3000), itertools.repeat(7), fillvalue=-1)
t1, t2 = itertools.tee(itertools.count())
got = [[] for _ in range(N_THREADS)]
reps = [0] * N_THREADS
prods = [[] for _ in range(N_THREADS)]
zips = [[] for _ in range(N_THREADS)]
tees = {}

def work(tid):
    for i in range(PER):
        got[tid].append(next(c))
        for x in r:
            reps[tid] += 1
            break
        prods[tid].append(next(p))
        zips[tid].append(next(z, None))

def tee_reader(name, it):
    tees[name] = [next(it) for _ in range(20000)]

threads = [threading.Thread(target=work, args=(i,)) for i in range(N_THREADS)]
threads += [threading.Thread(target=tee_reader, args=(n, it)) for n, it in (('a', t1), ('b', t2))]
for t in threads:
    t.start()
for t in threads:
    t.join()
allc = sorted(sum(got, []))
print len(allc), allc[:3], allc == range(10, 10 + 3 * N_THREADS * PER, 3)
print sum(reps), list(r)
allp = sorted(sum(prods, []))
print len(allp), allp == list(itertools.product(range(20), repeat=3))[:N_THREADS * PER]
allz = sorted(sum(zips, []))
print len(allz), allz == [(-1, 7)] * 3000 + [(1, 7)] * 3000
a = tees['a']
print a == tees['b'], len(set(a)) == 20000, max(a) < 20010
