# Closures capture variables, not values: late binding in loops.
fs = []
for i in range(3):
    fs.append(lambda: i)
print [f() for f in fs]
fs = [lambda: j for j in range(3)]
print [f() for f in fs]
fs = [lambda j=j: j for j in range(3)]
print [f() for f in fs]
def make_counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c = make_counter()
print c(), c(), c()
def outer():
    x = 1
    def inner():
        return x
    x = 2
    return inner
print outer()()
def cells():
    a = 1
    def f():
        return a
    return f
print cells().func_closure is not None, cells().__code__.co_freevars
