# An exception thrown into a suspended generator with throw() and left uncaught: traceback ends at the yield.
def b():
    x = 1
    yield x
    yield 2
def main():
    g = b()
    next(g)
    g.throw(ValueError, "thrown")
main()
