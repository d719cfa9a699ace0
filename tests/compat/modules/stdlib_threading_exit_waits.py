# At exit the program waits for non-daemon threads (threading._shutdown), so their output appears.
import threading
import time
ev = threading.Event()
def late():
    ev.wait()
    time.sleep(0.05)
    print "late thread finished"
t = threading.Thread(target=late)
t.start()
print "main done"
ev.set()
