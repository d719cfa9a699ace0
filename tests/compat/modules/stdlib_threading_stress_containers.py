# Stress: many threads append to one list and write one dict and set at once; totals are exact.
import threading
N_THREADS = 32
N_ITEMS = 3000
shared = []
table = {}
seen = set()
def work(tid):
    for i in range(N_ITEMS):
        shared.append(i)
        table[tid * N_ITEMS + i] = tid
        seen.add((tid, i % 100))
        if i % 500 == 0:
            shared.extend([-1, -1])
threads = [threading.Thread(target=work, args=(t,)) for t in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
extra = N_THREADS * len(range(0, N_ITEMS, 500)) * 2
print len(shared), len(shared) - extra == N_THREADS * N_ITEMS
print sum(x for x in shared if x >= 0), len(table), sum(table.values()), len(seen)
print sorted(table) == range(N_THREADS * N_ITEMS)
