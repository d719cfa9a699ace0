# Recursive Fibonacci: function calls, small-int arithmetic and comparisons.
# About 0.8 s under CPython 2.7.18 on the development machine.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print fib(34)
