# while loops with break and continue.
i = 0
while i < 10:
    i = i + 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print i
print "done at", i
n = 27
steps = 0
while n != 1:
    if n % 2:
        n = 3 * n + 1
    else:
        n = n / 2
    steps = steps + 1
print "collatz steps", steps
while False:
    print "never"
