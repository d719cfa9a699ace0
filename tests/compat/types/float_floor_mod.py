# Float floor division, modulo and divmod signs.
for a in [7.0, -7.0, 7.5, -7.5]:
    for b in [2, -2, 3.0]:
        print a, b, a // b, a % b, divmod(a, b)
print -0.0 % 5, 0.0 // -1, 1e-300 % 1
