# round() always returns a float, rounding halves away from zero.
for v in [0.5, -0.5, 1.5, 2.5, -2.5, -0.4, 5, 0.0]:
    print v, round(v)
print round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1.005, 2), round(0.285, 2)
print round(12345, -2), round(1250, -2), round(-1350, -2), round(3.14159, 3), round(1e300, 5)
print round(float("inf")), round(-0.0), round(123.456, -1), round(7, 0)
print "%.0f %.0f %.0f %.2f %.1f" % (0.5, 1.5, 2.5, 2.675, 0.25)
