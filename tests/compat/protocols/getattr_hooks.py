# __getattr__ is called only for missing attributes; __getattribute__ for all.
class G(object):
    x = 1
    def __getattr__(self, name):
        if name.startswith("z"):
            raise AttributeError(name)
        return "dyn_" + name
g = G()
print g.x, g.y, getattr(g, "foo"), hasattr(g, "zz"), getattr(g, "zq", "dflt")
class GA(object):
    def __init__(self):
        self.real = 5
    def __getattribute__(self, name):
        print "get", name
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
ga = GA()
print ga.real
print ga.secret
print ga.missing
try:
    G().zebra
except AttributeError as e:
    print "AttributeError", e
