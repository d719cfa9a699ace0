# print uses str (12 digits) for floats; containers use repr (shortest round-trip).
vals = [0.1, 1 / 3.0, 0.1 + 0.2, 1e16, 1e15, 99999999999.0, 1e11,
        123456789012.0, 12345678901.23, 2.0 ** 53, 0.0001, 1e-05,
        0.00012345, 3.14159265358979, 2.0 ** 0.5, 100.0, -0.0, 1.5]
for v in vals:
    print v, [v]
print vals
print (0.1, 0.2)
print {'x': 0.1}
print str(0.1 + 0.2), str(1 / 3.0)
