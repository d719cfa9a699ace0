# __index__ allows objects as sequence indices, slice bounds, hex/bin/oct and range.
class I(object):
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
a = range(10)
print a[I(3)], a[I(2):I(5)], "abcdef"[I(1)], (1, 2, 3)[I(-1)], [0] * I(3), "ab" * I(2)
print bin(I(5)), range(10)[slice(I(1), I(4))]
try:
    range(I(3))
except TypeError as e:
    print e
try:
    a[object()]
except TypeError as e:
    print e
class Bad(object):
    def __index__(self):
        return "x"
try:
    a[Bad()]
except TypeError as e:
    print e
