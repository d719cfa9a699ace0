# Stress: threads each drive their own generators while allocating (forcing collections); results are exact.
import threading
def gen(n):
    acc = []
    for i in range(n):
        acc.append([i] * 3)
        yield sum(acc[-1])
out = {}
def work(tid):
    total = 0
    for rep in range(40):
        g = gen(200)
        total += sum(g)
        total += sum(x * 2 for x in range(100))
    out[tid] = total
ts = [threading.Thread(target=work, args=(t,)) for t in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print sorted(out.items())[:2], len(out), sum(out.values())
