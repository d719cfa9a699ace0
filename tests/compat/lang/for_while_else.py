# else clauses of for and while loops run only without break.
for i in range(3):
    pass
else:
    print "for else ran", i
for i in range(3):
    if i == 1:
        break
else:
    print "not printed"
print "broke at", i
n = 0
while n < 3:
    n += 1
else:
    print "while else ran", n
while True:
    break
else:
    print "not printed"
for x in []:
    print "never"
else:
    print "empty for else"
def find(xs, t):
    for i, x in enumerate(xs):
        if x == t:
            return i
    else:
        return -1
print find("abc", "c"), find("abc", "z")
for i in range(3):
    for j in range(3):
        if j == 1:
            break
    else:
        print "inner else"
    if i == 1:
        continue
    print i, j
