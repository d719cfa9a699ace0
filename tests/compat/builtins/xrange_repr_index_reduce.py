# xrange objects: repr (stop clipped to the int64 range), len, indexing by
# __index__, reversed(), __reduce__, negative steps, the too-many-items limit.
import sys
M = sys.maxint
class I(object):
    def __index__(self):
        return 1
def t(label, f):
    try:
        print label, repr(f())
    except Exception as e:
        print label, type(e).__name__, e
for a in [(5,), (-5,), (5, 1), (10, 1, -3), (10, 1, 3), (-10, 10, 7), (0, M, 2 ** 62), (-M - 1, M, 2 ** 62),
          (M - 3, M), (M, -M - 1, -2 ** 62), (-M, M, M)]:
    x = xrange(*a)
    print a, repr(x), len(x), list(x)[:3], list(reversed(x))[:3], x.__reduce__()[1]
    t("  x[-1]", lambda: x[-1])
    t("  x[len]", lambda: x[len(x)])
t("xrange(0, M + 1)", lambda: xrange(0, M + 1))
t("xrange(-1, M)", lambda: xrange(-1, M))
t("xrange(-2, M)", lambda: xrange(-2, M))
t("[1:2]", lambda: xrange(3)[1:2])
t("['a']", lambda: xrange(3)["a"])
t("[2**64]", lambda: xrange(3)[2 ** 64])
t("[1L]", lambda: xrange(3)[1L])
t("[I()]", lambda: xrange(3)[I()])
t("xrange(1, 2, 0)", lambda: xrange(1, 2, 0))
t("xrange(stop=3)", lambda: xrange(stop=3))
t("hint", lambda: iter(xrange(4)).__length_hint__())
t("type", lambda: type(reversed(xrange(3))).__name__)
