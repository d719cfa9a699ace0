# is / is not on singletons, shared references and copies.
a = [1, 2]
b = a
c = list(a)
print a is b, a is c, a == c, a is not c, None is None, True is True
print type(a) is list, type(1) is int, type(True) is bool, type(None) is type(None)
def f():
    return None
print f() is None, (f() is not None)
