# threading.local subclasses: __init__ runs again in each thread, methods and class attributes are shared.
import threading
class Ctx(threading.local):
    kind = "ctx"
    def __init__(self, start):
        self.items = [start]
    def add(self, x):
        self.items.append(x)
        return len(self.items)
ctx = Ctx(0)
ctx.add(1)
out = {}
guard = threading.Lock()
def work(n):
    for i in range(n):
        ctx.add(i)
    with guard:
        out[n] = (list(ctx.items), ctx.kind, sorted(ctx.__dict__.keys()))
ts = [threading.Thread(target=work, args=(n,)) for n in range(1, 4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print sorted(out.items())
print ctx.items, ctx.kind
plain = threading.local()
try:
    plain.missing
except AttributeError as e:
    print "AttributeError:", e
plain.x = 1
del plain.x
print hasattr(plain, "x")
try:
    threading.local(1)
except TypeError as e:
    print "TypeError:", e
