# repr and str of complex numbers with various real/imaginary parts.
for z in [1j, -1j, 1 + 1j, 1.5 - 2.5j, complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(1e20, 1e-20),
          complex(float("inf"), float("nan")), 3 + 0j, complex(1 / 3.0, 2 / 3.0)]:
    print z, repr(z), str(z), [z]
print "%s %r" % (1 + 2j, 1 + 2j), format(1 + 2j, ""), "{0}".format(3j)
