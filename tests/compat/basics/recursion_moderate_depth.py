# Recursion a few hundred levels deep stays within the default limit.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print depth(500)
def sum_list(xs):
    if len(xs) == 0:
        return 0
    return xs[0] + sum_list(xs[1:])
print sum_list(range(300))
def power(b, e):
    if e == 0:
        return 1
    half = power(b, e / 2)
    if e % 2:
        return half * half * b
    return half * half
print power(2, 100), power(3, 40), power(10, 25)
