# A bounded buffer built on Condition: producers and consumers hand over every item exactly once.
import threading
cond = threading.Condition(threading.Lock())
buf = []
consumed = []
CAP = 4
def producer(base):
    for i in range(200):
        with cond:
            while len(buf) >= CAP:
                cond.wait()
            buf.append(base + i)
            cond.notify_all()
def consumer(n):
    got = []
    for _ in range(n):
        with cond:
            while not buf:
                cond.wait()
            got.append(buf.pop(0))
            cond.notify_all()
    with cond:
        consumed.extend(got)
ps = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(3)]
cs = [threading.Thread(target=consumer, args=(150,)) for _ in range(4)]
for t in cs + ps:
    t.start()
for t in ps + cs:
    t.join()
print len(consumed), sum(consumed), sorted(consumed) == sorted(k * 1000 + i for k in range(3) for i in range(200)), buf
