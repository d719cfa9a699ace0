# getattr/setattr/hasattr/delattr with defaults and errors.
class P(object):
    x = 1
p = P()
print getattr(p, "x"), getattr(p, "y", "dflt"), hasattr(p, "x"), hasattr(p, "y")
setattr(p, "y", 5)
print p.y, getattr(p, "y"), hasattr(p, "y")
delattr(p, "y")
print hasattr(p, "y"), getattr("abc", "upper")()
for f in [lambda: getattr(p, "nope"), lambda: delattr(p, "nope"), lambda: getattr(p, 5), lambda: setattr(1, "a", 2), lambda: getattr(1, "real").__class__]:
    try:
        print f()
    except Exception as e:
        print type(e).__name__, e
