# Class body executes top to bottom; names defined earlier are usable; locals() in body.
class C(object):
    a = 1
    b = a + 1
    items = [a, b]
    def m(self):
        return self.b * 10
    alias = m
    del a
    names = sorted(n for n in locals().keys() if not n.startswith("__"))
print C.b, C.items, C().m(), C().alias(), hasattr(C, "a"), C.names
x = "module x"
class D(object):
    x = "class x"
    y = x
    def f(self):
        return x
print D.y, D().f()
