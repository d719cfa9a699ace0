# str.format field vectors: nested specs, conversions, attribute/index chains, escapes.
class P(object):
    def __init__(self):
        self.x = 3
        self.items = ["a", "b"]
p = P()
print "{0.x} {0.items[1]} {1[key]} {2[0][1]}".format(p, {"key": "v"}, [[1, 2]])
print "{:{w}.{p}f}|{:>{w}}|{!r:^{w}}".format(3.14159, "r", "s", w=9, p=2)
print "{0:b} {0:o} {0:x} {0:X} {0:#x} {0:,} {0:e}".format(123456)
print "{a}{b}{a}".format(a="x", b="y"), "{0}{{}}{1}".format(1, 2), "}}{{".format()
print "{0!s:>5}|{0!r:<5}|".format(u"u"), repr("{0}".format(None)), "{0:.3}".format("abcdef")
print "{:>+08.2f}|{:<8d}|{:^8s}|".format(3.14159, 42, "mid")
print "{0[0]}{0[1]}".format("ab"), "{0.real}{0.imag}".format(1 + 2j), "{.__class__.__name__}".format(1.0)
