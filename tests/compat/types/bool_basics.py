# bool: int subclass arithmetic, repr, conversions.
print True, False, repr(True), str(False), type(True), [True, False]
print True + True, True * 10, True / 2, -True, ~True, True & False, True | False, True ^ True
print type(True + True), type(True & True), type(True | False), type(not 1)
print bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(0.0), bool(0j)
print int(True), float(False), str(True), True == 1, False == 0, True is bool(5)
print isinstance(True, int), issubclass(bool, int), hash(True), hash(False)
print {True: 'a', 1: 'b'}, {0: 'x', False: 'y'}
print sum([True, True, False]), max(True, 2), "%d %s %r" % (True, True, False)
try:
    class B(bool):
        pass
except TypeError as e:
    print e
