# Converting between numbers and strings in loops: str(), int(), hex digits.
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    s = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        s = digits[r] + s
    return "-" + s if neg else s
for n in [0, 5, 255, -255, 2 ** 64, 10 ** 20]:
    print n, to_base(n, 2), to_base(n, 16), to_base(n, 36), int(to_base(n, 36), 36) == n
print sum(int(c) for c in str(2 ** 100)), len(str(3 ** 1000))
