# Loops mixing ints and longs: powers of two, digit sums and modular exponentiation.
x = 1
for i in range(130):
    x *= 2
    if i in (61, 62, 63, 64, 127, 128):
        print i, x, type(x).__name__
print sum(int(d) for d in str(2 ** 1000))
def modpow(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        e >>= 1
        b = b * b % m
    return r
print modpow(3, 10 ** 18, 10 ** 9 + 7), pow(3, 10 ** 18, 10 ** 9 + 7)
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print a
print type(a % 2).__name__, a % 1000, -a // 10 ** 60
