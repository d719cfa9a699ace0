# while loops with complex conditions, nested breaks and counters.
i, j = 0, 10
while i < j and i != 5:
    i += 1
    j -= 1
print i, j
found = None
r = 0
while r < 5:
    c = 0
    while c < 5:
        if r * c == 6:
            found = (r, c)
            break
        c += 1
    if found:
        break
    r += 1
print found
n = 100
digits = []
while n:
    n, d = divmod(n, 7)
    digits.append(d)
print digits[::-1]
