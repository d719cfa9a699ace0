# New-style __getattr__ is not consulted for implicit special-method lookups.
class Proxy(object):
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
print p.count(1), p.index(2), p.__len__()
for f in [lambda: len(p), lambda: p[0], lambda: iter(p)]:
    try:
        f()
    except TypeError as e:
        print e
