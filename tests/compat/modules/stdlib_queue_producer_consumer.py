# Queue.Queue producer/consumer with sentinel values; results aggregated deterministically.
import threading
import Queue
q = Queue.Queue(maxsize=10)
results = Queue.Queue()
def producer(start):
    for i in range(start, start + 100):
        q.put(i)
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.put(item * item)
        q.task_done()
producers = [threading.Thread(target=producer, args=(s,)) for s in (0, 100, 200)]
consumers = [threading.Thread(target=consumer) for _ in range(4)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
q.join()
out = []
while not results.empty():
    out.append(results.get())
print len(out), sum(out), sorted(out)[:5], q.empty(), q.qsize()
try:
    Queue.Queue().get_nowait()
except Queue.Empty:
    print "Queue.Empty raised"
