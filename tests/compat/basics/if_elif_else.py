# if / elif / else chains and truthiness of basic values.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in [-5, 0, 3, 10, 99]:
    print n, classify(n)
for v in [0, 1, 0.0, 2.5, "", "a", [], [0], (), (0,), {}, {1: 2}, None, 0L]:
    if v:
        print [v], "is true"
    else:
        print [v], "is false"
if 1: print "one-line if"
