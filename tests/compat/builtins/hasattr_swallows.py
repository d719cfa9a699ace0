# hasattr() in 2.7 returns False for any exception raised by the attribute lookup.
class P(object):
    @property
    def bad(self):
        raise ValueError("property failed")
    @property
    def good(self):
        return 1
p = P()
print hasattr(p, "bad"), hasattr(p, "good"), hasattr(p, "missing")
print getattr(p, "missing", "default")
try:
    getattr(p, "bad", "default")
except ValueError as e:
    print "getattr with default still raises:", e
