# Function objects: __name__, __doc__, defaults, func_* attributes, custom attributes.
def f(a, b=2, *c, **d):
    "f doc"
    return a
print f.__name__, f.func_name, f.__doc__, f.func_defaults, f.__defaults__, f.__module__
print f.func_code.co_argcount, f.func_code.co_varnames, f.func_code.co_name, f.__code__.co_flags & 0xC
f.custom = 5
print f.custom, f.__dict__, (lambda: 0).__name__
def g():
    pass
print g.__doc__, g.func_defaults, g(), f.func_globals is globals()
f.__name__ = "renamed"
print f.__name__
f.func_defaults = (99,)
print f(1) , f.func_defaults
