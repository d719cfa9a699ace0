# A bubble sort implemented with while loops and index swaps.
def bubble(xs):
    xs = xs[:]
    n = len(xs)
    swapped = True
    while swapped:
        swapped = False
        i = 1
        while i < n:
            if xs[i - 1] > xs[i]:
                xs[i - 1], xs[i] = xs[i], xs[i - 1]
                swapped = True
            i = i + 1
    return xs
data = [5, 2, 9, 1, 5, 6, -3, 0]
print bubble(data)
print data
print bubble([]), bubble([1]), bubble(["b", "a", "c"])
