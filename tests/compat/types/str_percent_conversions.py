# The % operator: every conversion, flags, '*', mappings, unicode promotion and errors.
class S(object):
    def __str__(self):
        return "S!"
    def __repr__(self):
        return "<S>"
print "%s|%r|%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "x", "y", "abc", "xyz")
print "%s %r %s" % (S(), S(), [S()]), "%s" % (S(),), "%s" % None, "%r" % 1L, "%s" % 1L
print "%d %i %u %5d %-5d| %05d %+d % d" % (3, -4, 5, 6, 7, 8, 9, 10)
print "%x %X %o %#x %#X %#o %08.3x" % (255, 255, 8, 255, 255, 8, 10)
print "%f %.2f %e %E %g %G %10.3f|" % (1.5, 2.675, 12345.678, 0.000123, 1e-5, 1e20, 3.14159)
print "%c%c%c" % (72, "i", 33), "%*d|%-*d|%.*f" % (5, 1, 5, 2, 3, 3.14159), "100%%", "%s%%" % 5
print "%(a)s-%(b)r-%(a)d" % {"a": 1, "b": "x"}, "%(x)s" % {"x": u"uni"}, repr("%s" % [u"a"])
print repr("%s|%s" % ("a", u"b")), repr("%-4s|" % u"\xe9"), repr("%r" % u"\xe9"), repr(u"%s" % "a")
print repr(u"%c%c" % (233, u"\u20ac")), repr(u"%5s|%-5s|" % ("x", u"y")), repr(u"%d%%" % 50)
print "%d %d" % (3.9, -3.9), "%x" % 2 ** 70, "%d" % 2 ** 64, "%s" % 1e100, "%r" % 0.1
for f, a in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%", ()), ("%(a", {"a": 1}),
             ("%(a)s", 1), ("%c", 256), ("%c", "ab"), ("%f", "x"), ("%*d", ("a", 1)), ("%x", 1.5),
             (u"%c", 0x110000), (u"a%s", "\xe9"), ("%s", {"a": 1}), ("%(a)s %s", {"a": 1})]:
    try:
        print repr(f), repr(f % a)
    except Exception as e:
        print repr(f), type(e).__name__, e
