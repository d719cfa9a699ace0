# Tracebacks through a lambda, a generator expression and a dict comprehension.
f = lambda x: 10 / x
print f(5)
print sum(f(x) for x in [1, 2, 0])
