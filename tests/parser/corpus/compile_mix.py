def f(a, (b, c), *d, **e):
    global g
    for x in a:
        try:
            continue
        except E:
            break
        finally:
            pass
        while x:
            break
        else:
            pass
    def h(y):
        return a + y
    yield h
    return
class C:
    def m(self):
        exec "x" in {}
        return [i for i in self]
    x = lambda q: (yield q)
def k():
    from os import path
    del path
    with a as b:
        return b
