# abs, all, any on various inputs and error cases.
print abs(-3), abs(3L), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-10 ** 20)
print all([]), all([1, 2]), all([1, 0]), all("ab"), all(x > 0 for x in [1, 2])
print any([]), any([0, None, ""]), any([0, 3]), any(iter([False, True]))
for f in [lambda: abs("x"), lambda: all(5), lambda: any(None)]:
    try:
        f()
    except TypeError as e:
        print e
