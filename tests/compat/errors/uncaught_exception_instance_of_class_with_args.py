# raise Class, args (old syntax) uncaught.
def check(level):
    if level > 3:
        raise ValueError, ("level too high", level)
check(1)
check(5)
