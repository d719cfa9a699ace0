# throw() into a generator that never started: the traceback points at its def line.
def b():
    yield 1
g = b()
g.throw(ValueError("unstarted"))
