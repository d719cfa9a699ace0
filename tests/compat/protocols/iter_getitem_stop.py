# __getitem__ iteration stops at IndexError, not at other exceptions; __iter__ = None blocks it.
class Upto(object):
    def __getitem__(self, i):
        if i == 3:
            raise IndexError
        return i
print list(Upto()), sorted(Upto(), reverse=True)
class Fails(object):
    def __getitem__(self, i):
        if i == 2:
            raise KeyError("not IndexError")
        return i
try:
    list(Fails())
except KeyError as e:
    print "KeyError propagates", e
class Stop(object):
    def __getitem__(self, i):
        if i == 1:
            raise StopIteration
        return "first"
print list(Stop())
