# Nested tuple/list unpacking in assignment and for targets; unpacking errors.
a, (b, c), [d, e] = 1, (2, 3), "xy"
print a, b, c, d, e
[x, y] = (y, x) = 5, 6
print x, y
(p, q), r = "ab", "c"
print p, q, r
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print i, j, k
a, b = b, a
print a, b
for f in ["a, b = 1, 2, 3", "a, b = [1]", "a, b = 5", "(a, b), c = (1, 2, 3), 4"]:
    try:
        exec_ok = False
        if f == "a, b = 1, 2, 3":
            a, b = 1, 2, 3
        elif f == "a, b = [1]":
            a, b = [1]
        elif f == "a, b = 5":
            a, b = 5
        else:
            (a, b), c = (1, 2, 3), 4
    except (ValueError, TypeError) as e:
        print type(e).__name__, e
