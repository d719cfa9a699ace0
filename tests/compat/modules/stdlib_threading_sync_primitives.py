# Lock, RLock, Semaphore, BoundedSemaphore, Condition and Event outside and across threads.
import threading
import thread
lock = threading.Lock()
print lock.acquire(), lock.locked(), lock.acquire(0), lock.acquire(False)
lock.release()
print lock.locked(), type(lock) is thread.LockType
with lock:
    print "inside", lock.locked()
print "after", lock.locked()
try:
    lock.release()
except thread.error as e:
    print "thread.error:", e, threading.ThreadError is thread.error
r = threading.RLock()
print r.acquire(), r.acquire(), r.acquire(0)
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print "RuntimeError:", e
with r:
    with r:
        print "nested rlock ok"
s = threading.Semaphore(2)
print s.acquire(), s.acquire(), s.acquire(False)
s.release(); s.release()
try:
    threading.Semaphore(-1)
except ValueError as e:
    print "ValueError:", e
b = threading.BoundedSemaphore(1)
b.acquire(); b.release()
try:
    b.release()
except ValueError as e:
    print "ValueError:", e
c = threading.Condition()
try:
    c.wait()
except RuntimeError as e:
    print "RuntimeError:", e
try:
    c.notify()
except RuntimeError as e:
    print "RuntimeError:", e
with c:
    c.wait(0.01)
    c.notify_all()
    print "timed wait returned"
e = threading.Event()
print e.is_set(), e.isSet(), e.wait(0.01)
e.set()
print e.wait(), e.wait(0.01)
e.clear()
print e.is_set()
# A semaphore limits how many threads are inside at once.
sem = threading.Semaphore(3)
guard = threading.Lock()
state = {"inside": 0, "peak": 0, "done": 0}
def limited():
    for _ in range(50):
        with sem:
            with guard:
                state["inside"] += 1
                state["peak"] = max(state["peak"], state["inside"])
            with guard:
                state["inside"] -= 1
                state["done"] += 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print state["done"], state["inside"], state["peak"] <= 3
# An RLock shared by threads: recursive increments stay exact.
rl = threading.RLock()
box = [0]
def rec(n):
    with rl:
        box[0] += 1
        if n:
            rec(n - 1)
def rwork():
    for _ in range(200):
        rec(3)
ts = [threading.Thread(target=rwork) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print box[0]
