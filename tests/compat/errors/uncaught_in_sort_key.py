# An exception from a sort key function propagates through sorted().
def key(x):
    return 10 / x
print sorted([5, 2, 1], key=key)
print sorted([5, 0, 1], key=key)
