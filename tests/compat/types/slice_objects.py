# slice objects: attributes, indices(), use in subscripts, repr.
s = slice(1, 10, 2)
print s, s.start, s.stop, s.step, slice(5), slice(None, None, -1)
print s.indices(5), slice(None).indices(3), slice(-3, None).indices(10), slice(None, None, -1).indices(4)
a = range(10)
print a[s], a[slice(3)], "abcdef"[slice(None, None, 2)], (1, 2, 3)[slice(1, None)]
print slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3)
class Spy(object):
    def __getitem__(self, k):
        return k
print Spy()[1:2], Spy()[::3], Spy()[1:2, 3], Spy()[...], Spy()[:, 1]
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print e
