# += uses __iadd__ when present (in place), otherwise falls back to __add__.
class WithI(object):
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        print "__iadd__"
        self.items.append(o)
        return self
class NoI(object):
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print "__add__"
        return NoI(self.v + o)
a = WithI()
b = a
a += 1
print a is b, b.items
c = NoI(1)
d = c
c += 5
print c is d, c.v, d.v
class RetNone(object):
    def __iadd__(self, o):
        return None
r = RetNone()
r += 1
print r
class NI(object):
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fallback add"
n = NI()
n += 1
print n
t = (1,)
u = t
t += (2,)
print t, u
l = [1]
m = l
l += [2]
print l, m, l is m
tl = ([1],)
try:
    tl[0] += [2]
except TypeError as e:
    print e
print tl
