# Queue, LifoQueue, PriorityQueue orders, bounds, timeouts and task accounting.
import Queue
import threading
q = Queue.Queue()
for i in range(5):
    q.put(i)
print [q.get() for _ in range(5)], q.empty(), q.qsize()
lq = Queue.LifoQueue()
for i in range(5):
    lq.put(i)
print [lq.get() for _ in range(5)]
pq = Queue.PriorityQueue()
for x in [(3, "c"), (1, "a"), (2, "b"), (0, "z")]:
    pq.put(x)
print [pq.get() for _ in range(4)]
b = Queue.Queue(2)
b.put(1); b.put_nowait(2)
print b.full(), b.qsize()
try:
    b.put(3, False)
except Queue.Full:
    print "Full (nowait)"
try:
    b.put(3, True, 0.01)
except Queue.Full:
    print "Full (timeout)"
print b.get(), b.get_nowait()
try:
    b.get(True, 0.01)
except Queue.Empty:
    print "Empty (timeout)"
try:
    b.get(timeout=-1)
except ValueError as e:
    print "ValueError:", e
try:
    b.task_done(); b.task_done(); b.task_done()
except ValueError as e:
    print "ValueError:", e
print issubclass(Queue.Empty, Exception), Queue.Full.__name__
# join() waits for task_done of every item.
work = Queue.Queue()
done = []
def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        done.append(item * 2)
        work.task_done()
ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.daemon = True
    t.start()
for i in range(100):
    work.put(i)
work.join()
print len(done), sum(done)
for t in ts:
    work.put(None)
for t in ts:
    t.join()
print work.unfinished_tasks, work.empty()
