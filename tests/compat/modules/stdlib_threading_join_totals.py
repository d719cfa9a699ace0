# Threads compute partial sums; after join the totals and Thread attributes are fixed.
import threading
results = {}
def work(n, scale=1):
    results[n] = sum(range(n * 1000, (n + 1) * 1000)) * scale
class Worker(threading.Thread):
    def __init__(self, n):
        threading.Thread.__init__(self, name="worker-%d" % n)
        self.n = n
        self.total = None
    def run(self):
        self.total = sum(i * i for i in range(self.n * 100))
threads = [threading.Thread(target=work, args=(n,), kwargs={"scale": 2}) for n in range(8)]
print [t.name for t in threads][:3], threads[0].ident is None, threads[0].is_alive()
print repr(threads[0]), threads[0].daemon, threads[0].isDaemon()
for t in threads:
    t.start()
for t in threads:
    t.join()
print sorted(results.items())[:3], sum(results.values())
print all(not t.is_alive() for t in threads), all(isinstance(t.ident, (int, long)) for t in threads)
print repr(threads[1]).startswith("<Thread(Thread-2, stopped "), threads[1].isAlive()
workers = [Worker(n) for n in range(5)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print [(w.name, w.total) for w in workers]
main = threading.current_thread()
print main.name, main.getName(), main.daemon, main is threading.currentThread(), threading.activeCount()
print threading.enumerate() == [main], isinstance(main, threading.Thread)
try:
    threads[0].start()
except RuntimeError as e:
    print "RuntimeError:", e
try:
    threading.Thread().join()
except RuntimeError as e:
    print "RuntimeError:", e
try:
    main.join()
except RuntimeError as e:
    print "RuntimeError:", e
try:
    threads[0].daemon = True
except RuntimeError as e:
    print "RuntimeError:", e
d = threading.Thread(target=work, args=(99,))
d.setDaemon(True)
d.setName("renamed")
print d.daemon, d.name, repr(d)
d.start()
d.join(10)
print 99 in results, d.is_alive()
