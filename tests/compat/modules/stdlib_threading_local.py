# threading.local gives each thread its own attributes; results gathered after join.
import threading
data = threading.local()
data.value = "main"
out = {}
lock = threading.Lock()
def work(n):
    data.value = n * 10
    with lock:
        out[n] = (data.value, hasattr(data, "other"))
threads = [threading.Thread(target=work, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print sorted(out.items()), data.value
