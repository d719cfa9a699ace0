# Functions calling other functions, returning lists and tuples.
def square(x):
    return x * x

def squares(n):
    out = []
    for i in range(n):
        out.append(square(i))
    return out

def stats(xs):
    return min(xs), max(xs), sum(xs)

s = squares(6)
print s
lo, hi, tot = stats(s)
print lo, hi, tot
print stats([4, -2, 9])
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i = i + 1
    return True
primes = []
for n in range(50):
    if is_prime(n):
        primes.append(n)
print primes
