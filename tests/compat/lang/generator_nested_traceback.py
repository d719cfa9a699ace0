# An exception from the innermost of nested generators, resumed by send(): every frame in the traceback.
def b():
    yield 1
    {}['missing']
def a():
    for x in b():
        yield x
def main():
    g = a()
    print next(g)
    g.send(None)
main()
