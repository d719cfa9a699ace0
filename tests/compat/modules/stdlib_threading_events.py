# Event and Condition give a fixed hand-off order between threads.
import threading
log = []
ping = threading.Event()
pong = threading.Event()
def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        log.append("pong %d" % i)
        pong.set()
t = threading.Thread(target=player)
t.start()
for i in range(3):
    log.append("ping %d" % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print log
cond = threading.Condition()
items = []
def waiter():
    with cond:
        while not items:
            cond.wait()
        log.append("waiter got %s" % items.pop())
w = threading.Thread(target=waiter)
w.start()
with cond:
    items.append("gift")
    cond.notify()
w.join()
print log[-1], t.name.startswith("Thread-"), threading.current_thread().name
