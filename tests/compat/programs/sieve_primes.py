# Sieve of Eratosthenes, prime gaps and twin primes below 10000.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in xrange(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [k for k, v in enumerate(is_p) if v]
ps = sieve(10000)
print len(ps), ps[:15], ps[-3:]
gaps = {}
for a, b in zip(ps, ps[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print sorted(gaps.items())
print len([1 for a, b in zip(ps, ps[1:]) if b - a == 2]), sum(ps) % 1000007
