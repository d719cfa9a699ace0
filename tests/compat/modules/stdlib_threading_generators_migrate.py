# Generators resumed from many threads in turn (each next() may run on another OS thread), nested, with throw() racing next().
import threading
def inner(n):
    data = [[i] * 5 for i in range(20)]
    for i in range(n):
        try:
            yield sum(data[i % 20]) // 5 * 0 + i
        except KeyError as e:
            yield -1
def outer(n):
    total = 0
    for v in inner(n):
        junk = {str(v): [v] * 3}
        total += v
        yield v
    yield -total
lock = threading.Lock()
pool = [outer(3000) for _ in range(4)]
def catcher():
    i = 0
    keep = [[1, 2], 'abc' * 3]
    while True:
        try:
            yield i + len(keep[1]) - 9
        except KeyError:
            keep.append([i])
            keep.pop()
        i += 1
catchers = [catcher() for _ in range(4)]
for c in catchers:
    next(c)
results = [[] for _ in range(4)]
def work(tid):
    for rep in range(1500):
        k = (tid + rep) % 4
        garbage = [(j, str(j)) for j in range(30)]
        with lock:
            try:
                results[k].append(next(pool[k]))
            except StopIteration:
                pass
        try:
            catchers[k].throw(KeyError, 'x')
            next(catchers[k])
        except ValueError as e:
            if str(e) != 'generator already executing':
                raise
ts = [threading.Thread(target=work, args=(t,)) for t in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for r in results:
    print len(r), r[:3], r[-1], r[:-1] == range(len(r) - 1)
