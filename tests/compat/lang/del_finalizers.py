# __del__ runs once an object is unreachable; gc.collect() runs ready
# finalizers at once. (pytrans runs __del__ later than 2.7's reference
# counting would, so this test only looks after gc.collect().)
import gc
class C(object):
    def __init__(self, n): self.n = n
    def __del__(self): print 'del', self.n
class Old:
    def __del__(self): print 'old del'
def make():
    c = C(1)
    return 5
make()
gc.collect()
print 'after make'
x = C(2)
del x
gc.collect()
print 'after del'
o = Old()
del o
gc.collect()
print gc.isenabled(), gc.get_threshold(), gc.garbage
gc.disable(); print gc.isenabled(); gc.enable(); print gc.isenabled()
gc.set_threshold(100, 5); print gc.get_threshold()
print gc.collect(2) >= 0, gc.is_tracked(1), gc.is_tracked([]), gc.get_debug()
try: gc.collect(5)
except ValueError as e: print 'ValueError', e
