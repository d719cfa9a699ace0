# enumerate with start values, large starts and bad arguments.
print list(enumerate("ab", 2 ** 63 - 1)), list(enumerate([], 3)), list(enumerate("x", -5))
e = enumerate("abc")
print next(e), list(e)
for args in [(5,), ("ab", "x"), ()]:
    try:
        enumerate(*args)
    except TypeError as err:
        print err
