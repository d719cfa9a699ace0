# Builtin type objects: repr, __name__, calling them, type of types.
types = [int, long, float, complex, bool, str, unicode, list, tuple, dict, set, frozenset, xrange,
         slice, object, type, basestring, bytearray, enumerate, reversed, property, staticmethod,
         classmethod, super, file, memoryview, buffer]
for t in types:
    print repr(t), t.__name__, type(t).__name__
print type(None), type(Ellipsis), type(NotImplemented), type(len), type([].append), type(iter([]))
print int.__bases__, bool.__bases__, object.__bases__, type.__bases__, basestring.__subclasses__()
try:
    basestring()
except TypeError as e:
    print e
