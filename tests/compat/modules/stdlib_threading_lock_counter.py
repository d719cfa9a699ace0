# Threads incrementing a shared counter under a Lock always reach the exact total.
import threading
lock = threading.Lock()
state = {"n": 0}
def work():
    for _ in range(2000):
        with lock:
            state["n"] += 1
threads = [threading.Thread(target=work) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print state["n"], all(not t.is_alive() for t in threads), threading.active_count()
