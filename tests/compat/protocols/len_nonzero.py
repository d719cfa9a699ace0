# __len__ and __nonzero__ drive truth testing; error messages for bad results.
class L(object):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class NZ(object):
    def __nonzero__(self):
        print "nonzero called"
        return False
    def __len__(self):
        print "len called"
        return 5
print len(L(3)), bool(L(0)), bool(L(2)), not L(0)
print bool(NZ()), len(NZ())
if not NZ():
    print "falsy"
class Neg(object):
    def __len__(self):
        return -1
class Str(object):
    def __nonzero__(self):
        return "yes"
class Huge(object):
    def __len__(self):
        return 2 ** 70
for f in [lambda: len(Neg()), lambda: bool(Neg()), lambda: bool(Str()), lambda: len(Huge())]:
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
class Empty(object):
    pass
print bool(Empty())
