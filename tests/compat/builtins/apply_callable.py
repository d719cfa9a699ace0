# apply() and callable() on functions, classes, instances and builtins.
def f(a, b=2, *rest, **kw):
    return a, b, rest, sorted(kw.items())
print apply(f, (1,)), apply(f, (1, 3, 4), {'z': 5}), apply(len, ["abc"])
class C(object):
    def __call__(self):
        return 1
class D(object):
    pass
print callable(f), callable(C), callable(C()), callable(D()), callable(len), callable(1), callable(None), callable("s")
