# Recursive Fibonacci and an iterative one that grows into longs.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

for i in range(15):
    print fib(i),
print
print fib(20)

def fib_iter(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a

print fib_iter(90)
print fib_iter(100)
print [fib_iter(92), fib_iter(93)]
