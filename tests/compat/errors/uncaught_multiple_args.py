# An exception with several arguments prints the args tuple.
def check(x):
    raise ValueError("bad value", x)
check(42)
