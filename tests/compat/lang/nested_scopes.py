# Nested function scopes, shadowing and class-body scope rules.
x = "global"
def f():
    x = "f"
    def g():
        def h():
            return x
        return h()
    return g()
print f()
def shadow():
    x = "shadow"
    def inner():
        x = "inner"
        return x
    return inner(), x
print shadow()
class C(object):
    y = 1
    z = [y * 2]
    w = [y for _ in range(2)]
    def m(self):
        try:
            return y
        except NameError as e:
            return "NameError: %s" % e
print C.z, C.w, C().m()
def uses_global_before():
    return x
print uses_global_before()
def ul():
    print x
    x = 5
try:
    ul()
except UnboundLocalError as e:
    print e
