# complex: literals, arithmetic, attributes, repr and errors.
z = 3 + 4j
print z, repr(z), abs(z), z.real, z.imag, z.conjugate()
print 1j, -1j, 1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 1j), 2j ** 2
print complex(1, 2), complex(), complex("1+2j"), complex(" 3j "), complex(2.5)
print [0j, 1 + 0j, -0j, complex(0, -0.0)], 1 + 1j == 1 + 1j, 1j != 1
print z + 1, z * 2.0, z - 1j, pow(1j, 2), z.__neg__()
print hash(1 + 0j), hash(3 + 0j) == hash(3), type(z)
for f in [lambda: z < z, lambda: int(z), lambda: 1j % 2, lambda: complex("x"), lambda: 1 / 0j]:
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
