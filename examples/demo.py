# pytrans demo: a tour of the first language slice, compiled to a native binary.
#   ./pytrans run examples/demo.py        (or `make run`)
# Every line it prints is exactly what CPython 2.7 prints for the same program.

print "== numbers =="
print 7 + 3 * 2, 7 / 2, -7 / 2, 7 % 3, -7 % 3, 2 ** 10
print 1.5 * 4, 10 / 4.0, 0.1 + 0.2, 1e100, 2.0 ** 0.5
big = 2 ** 64
print big, big * big - 1, type(big), 9223372036854775807 + 1
print 10 ** 30 / 7, -(10 ** 20) % 9, 123456789L


def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def fib(n):
    a, b = 0, 1
    while n > 0:
        a, b = b, a + b
        n = n - 1
    return a


print "== recursion and loops =="
print "25! =", factorial(25)
print "fib(90) =", fib(90)
for i in range(1, 16):
    if i % 15 == 0:
        print "FizzBuzz",
    elif i % 3 == 0:
        print "Fizz",
    elif i % 5 == 0:
        print "Buzz",
    else:
        print i,
print


def greet(name, greeting="Hello", punctuation="!"):
    return greeting + ", " + name + punctuation


print "== functions with defaults =="
print greet("world")
print greet("pytrans", "Bonjour")
print greet("CPython", punctuation="?")

print "== lists, tuples, dicts =="
primes = []
n = 2
while len(primes) < 10:
    is_prime = True
    for p in primes:
        if p * p > n:
            break
        if n % p == 0:
            is_prime = False
            break
    if is_prime:
        primes.append(n)
    n += 1
print primes, sum(primes), primes[2:5], primes[::-3]
point = (3, 4.5, "label")
x, y, name = point
print point, x + y, name * 2, len(point)
squares = {}
for i in xrange(6):
    squares[i] = i * i
print squares, squares.keys(), 5 in squares, 6 in squares

print "== word counter =="
text = """the quick brown fox jumps over the lazy dog
the dog sleeps and the fox runs over the hill"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
ranked = []
for word, count in counts.items():
    ranked.append((-count, word))
ranked.sort()
for negcount, word in ranked[:5]:
    print word, -negcount
print len(counts), "distinct words,", sum(counts.values()), "in all"
