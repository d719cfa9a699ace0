# %-formatting: conversions d i s r c x o e f g, flags and widths.
print "%d %i %s %r %c %x %X %o %e %f %g %%" % (42, -7, "str", "str", 65, 255, 255, 8, 12345.678, 3.14159, 0.0001)
print "[%5d] [%-5d] [%05d] [%+d] [% d] [%x] [%#x] [%#o] [%#X]" % (42, 42, 42, 42, 42, 255, 255, 8, 255)
print "[%10s] [%-10s] [%.2s] [%10.3s] [%*d] [%-*d] [%.*f]" % ("hi", "hi", "hello", "hello", 5, 1, 4, 2, 2, 3.14159)
print "%(name)s is %(age)d years; %(name)r" % {"name": "Ann", "age": 30}
print "%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", "b"), "%s" % ((1, 2),), "%d%%" % 50
print "%c%c" % ("a", 98), "%r" % u"\xe9", "%s" % None, "%5.1f|%-8.3e|%G" % (2.25, 12345.6789, 1e-10)
print "%d %i %x" % (3.7, -3.7, 255.0), "%x" % 2 ** 70, "%r %s %d" % (2 ** 70, 2 ** 70, 2 ** 70)
print "%.0f %.0f %.0f %.2f %.1f" % (0.5, 1.5, 2.5, 2.675, 0.25), "%f" % 1e20, "%.3g" % 1234567
print "%g %g %g %#g %#.3g %G" % (100.0, 1234567.0, -0.0, 1.0, 100.0, 1e-10), "%10.2e|" % float("inf")
print repr("%s" % u"uni"), repr("%s%s" % ("a", u"b")), "%s" % True, "%d" % True, "%.3s" % True
