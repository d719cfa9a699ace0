# Subclassing builtin exceptions: args, message, __str__/__repr__, extra
# attributes, __init__ that skips the base, multiple inheritance.
class E1(Exception):
    pass
class E2(ValueError):
    def __init__(self, a, b):
        ValueError.__init__(self, a)
        self.b = b
class E3(Exception):
    def __init__(self):
        pass
class E4(KeyError):
    def __str__(self):
        return "custom"
class Mixin(object):
    def describe(self):
        return "mixin:" + str(self)
class E5(Mixin, IOError):
    pass
for e in [E1(), E1("a"), E1("a", 2), E2("x", 3), E3(), E4("k"), E5(2, "no")]:
    print type(e).__name__, repr(str(e)), e.args, repr(e)
print E2("x", 3).b, E5(2, "no").describe(), E5(2, "no").errno
try:
    raise E2("boom", 1)
except ValueError as e:
    print "caught", e, e.b, isinstance(e, StandardError)
e = E1("m")
e.extra = 1
print e.extra, e.__dict__, e.message
e.args = ("new",)
print e, e.args
print issubclass(E5, EnvironmentError), E5.__mro__[1].__name__
