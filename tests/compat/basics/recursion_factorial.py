# Recursive factorial producing longs.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

for n in [0, 1, 5, 10, 20, 21, 25]:
    print n, fact(n)
print fact(50)
print [fact(19), fact(21)]
