# max/min with iterables, multiple args, key= and errors.
print max([3, 1, 2]), min([3, 1, 2]), max(3, 1, 2), min("hello"), max("a", "B"), max([1, 2.5, 2L])
print max(["pear", "fig", "banana"], key=len), min(["pear", "fig", "banana"], key=len), max([(1, 'b'), (1, 'a')])
print max([1, 1.0]), max([1.0, 1]), min(iter([5, 4])), max(x * x for x in range(-3, 3)), max([0, -0.0]), max([[], [1]])
for f in [lambda: max([]), lambda: min(), lambda: max(1), lambda: min([1], key=1), lambda: max([1], foo=1)]:
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
