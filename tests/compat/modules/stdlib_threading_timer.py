# Timer fires once after its interval; a cancelled Timer never fires.
import threading
fired = []
t1 = threading.Timer(0.02, fired.append, args=["first"])
t2 = threading.Timer(5.0, fired.append, args=["never"])
t1.start()
t2.start()
t2.cancel()
t1.join()
t2.join()
print fired, t1.is_alive(), t2.is_alive(), t1.name.startswith("Thread-")
