# %-formatting of floats: e/f/g precisions, rounding ties, huge values (facts section 3).
vals = [0.0, -0.0, 0.5, 1.5, 2.5, 2.675, 0.125, 1e-7, 123456.789, 1e16, 1e22, 1e300, -1e-300, 3.0, 1 / 3.0]
for v in vals:
    print "%r: %f|%.0f|%.1f|%.3f|%e|%.2e|%g|%.3g|%.10g|%G|%#g|%s" % (v, v, v, v, v, v, v, v, v, v, v, v, v)
print "%f" % 1e300
print "%.20f" % 0.1, "%.17g" % 0.1, "%.0e" % 5.0, "%.30f" % 1e-10
print "%5.1f|%-8.2f|%+.1f|% .1f|%08.3f|%-+9.2e|" % (3.14159, 2.5, 1.0, 1.0, -3.14159, 12345.0)
