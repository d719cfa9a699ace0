# complex(): from strings, numbers and complexes, keyword arguments and errors.
for s in ["1+2j", " ( 3-4j ) ", "j", "-J", "1e3j", "infj", "-1.5", "+1.5e-3-2J", "nanj"]:
    print repr(s), complex(s)
print complex(1j, 1j), complex(2, 3), complex(real=1.5, imag=-2), complex(3L), complex(True), complex(1, -0.0)
print complex(2.5).real, complex(0, 3).imag, (1 + 2j).conjugate(), abs(3 - 4j), -(1 + 1j), +(2j)
print divmod(5 + 1j, 2), (5 + 3j) // 2, (7 + 0j) % 3, 0j ** 0, 2j ** 3, (1 + 1j) ** -2
print 1 + 2j == 1 + 2j, 1j == 1, 3 + 0j == 3, 3 + 0j == 3.0, 1j != 1j, hash(2 + 0j) == hash(2), hash(0.5j)
for args in [("1 + 2j",), ("",), ("1", 1), (1, "1"), ([],), ("1e",)]:
    try:
        complex(*args)
    except (TypeError, ValueError) as e:
        print type(e).__name__, e
for f in [lambda: 0j ** -1, lambda: 1j // 0, lambda: 1j % 0, lambda: pow(1j, 2, 3), lambda: 1j < 2j, lambda: float(1j)]:
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
