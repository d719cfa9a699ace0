# Closure patterns without nonlocal: list cells, function attributes, class instances.
def counter():
    state = {"n": 0}
    def inc():
        state["n"] += 1
        return state["n"]
    return inc
a, b = counter(), counter()
print a(), a(), b(), a()
def attr_counter():
    def inc():
        inc.n += 1
        return inc.n
    inc.n = 0
    return inc
c = attr_counter()
print c(), c(), c.n
def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]
print [m(10) for m in make_multipliers()]
def outer():
    x = 1
    def mid():
        def inner():
            return x + 1
        return inner
    return mid()()
print outer()
