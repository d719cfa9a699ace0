# __setattr__ and __delattr__ intercept all assignments and deletions.
class S(object):
    def __setattr__(self, name, value):
        print "set", name, value
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print "del", name
        object.__delattr__(self, name)
s = S()
s.a = 5
print s.a
setattr(s, "b", "x")
print s.b
del s.a
print hasattr(s, "a")
try:
    del s.nope
except AttributeError as e:
    print e
class RO(object):
    def __setattr__(self, n, v):
        raise AttributeError("read-only: " + n)
try:
    RO().x = 1
except AttributeError as e:
    print e
try:
    object().x = 1
except AttributeError as e:
    print e
