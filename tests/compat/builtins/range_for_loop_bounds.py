# `for i in range(...)`/xrange(...) statements (compiled as counting loops)
# behave exactly as the builtins: their errors, __int__, longs past 64 bits.
class J(object):
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return self.v
    def __repr__(self):
        return "J(%r)" % self.v
def loop(kind, *a):
    out = []
    try:
        if kind == "range" and len(a) == 1:
            for i in range(a[0]):
                out.append(i)
                if len(out) > 3:
                    break
        elif kind == "range":
            for i in range(a[0], a[1]):
                out.append(i)
                if len(out) > 3:
                    break
        elif len(a) == 1:
            for i in xrange(a[0]):
                out.append(i)
                if len(out) > 3:
                    break
        else:
            for i in xrange(a[0], a[1]):
                out.append(i)
                if len(out) > 3:
                    break
    except Exception as e:
        out.append("%s: %s" % (type(e).__name__, e))
    return out
for args in [(3,), (2, 5), (5L,), (J(3),), (1.0,), (1, 2.0), (1.0, 2), (2 ** 63,), (2 ** 64, 2 ** 64 + 2),
             (2 ** 63 - 2, 2 ** 63 + 1), (-2 ** 63 - 1, -2 ** 63 + 1), ("x",), (None, 3), (True,)]:
    print args, loop("range", *args), loop("xrange", *args)
