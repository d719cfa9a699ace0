# StopIteration escaping to the top level is an ordinary uncaught exception.
it = iter([1])
print next(it)
print next(it)
