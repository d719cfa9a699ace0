# type(name, bases, dict) creates classes; errors for bad arguments.
A = type("A", (), {"x": 1, "f": lambda self: self.x * 2})
B = type("B", (A,), {"y": 2})
b = B()
print A.__name__, B.__name__, b.f(), b.y, B.__mro__[1].__name__, type(A).__name__
print type(b) is B, isinstance(b, A), A.__module__
for args in [("N", 1, {}), ("N", (), 1), (1, (), {}), ("N", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print e
try:
    type("a", "b")
except TypeError as e:
    print e
