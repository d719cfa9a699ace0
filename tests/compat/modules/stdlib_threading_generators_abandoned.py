# Stress: 8 threads create, partly consume and abandon generators while allocating, and race on one shared generator (ValueError, never a crash).
import threading
def gen(n, tag):
    keep = [tag] * 4
    for i in range(n):
        junk = [i, str(i), (i, i)]
        try:
            yield i + len(keep) - 4 + len(junk) - 3
        finally:
            keep.append(i)
def nested(n):
    for x in gen(n, 'a'):
        yield x * 2
out = {}
shared = gen(10**6, 's')
errs = []
def work(tid):
    total = 0
    live = []
    for rep in range(300):
        g = gen(50, tid)
        for _ in range(rep % 7):
            total += next(g)
        live.append(g)           # abandoned, partly consumed
        if len(live) > 20:
            live.pop(0)
        total += sum(nested(rep % 13))
        garbage = [[j] * 8 for j in range(50)]
        total += len(garbage) - 50
        try:
            total += next(shared) * 0
        except ValueError as e:
            errs.append(str(e))
        except StopIteration:
            pass
    out[tid] = total
ts = [threading.Thread(target=work, args=(t,)) for t in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print sorted(out.items()), set(errs) <= set(['generator already executing'])
