# Euclid's gcd and lcm with ints and longs.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a / gcd(a, b) * b
print gcd(48, 18), gcd(17, 5), gcd(0, 7), gcd(-12, 18)
print lcm(4, 6), lcm(21, 6)
l = 1
for i in range(1, 41):
    l = lcm(l, i)
print l
print gcd(2 ** 100, 6 ** 50)
