# An error inside a multi-line arithmetic expression is reported at the line
# of the operator that raised it.


def f(a, b):
    return (a * 2.0 +
            b * 3.0 -
            a / (b -
                 b))


print f(1.0, 2.0 - 1.0 * 2.0 + 1.0)
print f(1.5, 2.5)
