# IndexError raised deep inside a recursive function: every frame is listed.
def get(xs, i):
    if i == 0:
        return xs[10]
    return get(xs, i - 1)
print get([1, 2, 3], 3)
