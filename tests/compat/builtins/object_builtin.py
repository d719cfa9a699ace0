# object(): attributes, comparisons, dir contents and subclassing.
o = object()
print type(o).__name__, o == o, o != object(), isinstance(o, object), hasattr(o, "__dict__")
print sorted(n for n in dir(o))
print object.__name__, object.__doc__
class C(object):
    pass
print C.__base__ is object, C().__class__.__base__.__name__, str(C.__dict__.get("__doc__"))
print object.__subclasses__ is not None, issubclass(type, object), isinstance(object, type)
