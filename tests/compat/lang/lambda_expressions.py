# lambda: defaults, closures, nesting, *args/**kw, immediate call.
add = lambda a, b=10: a + b
print add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, sorted(k)))(1, 2, x=3)
print map(lambda x: x * x, range(5)), sorted([3, 1, 2], key=lambda x: -x)
adders = [lambda x, i=i: x + i for i in range(3)]
print [f(10) for f in adders]
compose = lambda f, g: lambda x: f(g(x))
print compose(str, len)("hello"), (lambda x: (lambda y: x + y))(1)(2)
print add.__name__, (lambda (a, b): a * b)((3, 4))
