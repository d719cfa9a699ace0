# isinstance/issubclass with tuples, builtin types and class hierarchies.
class A(object): pass
class B(A): pass
class O: pass
print isinstance(1, int), isinstance(1, (str, int)), isinstance(1L, int), isinstance(True, int), isinstance("s", basestring)
print isinstance(u"s", basestring), isinstance(B(), A), isinstance(A(), B), isinstance(O(), object), isinstance(O(), O)
print issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(bool, int), issubclass(O, object), issubclass(int, object)
print isinstance(1, ((str, (int,)),)), issubclass(A, A), isinstance(None, type(None)), isinstance(int, type)
for f in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1)]:
    try:
        f()
    except TypeError as e:
        print e
