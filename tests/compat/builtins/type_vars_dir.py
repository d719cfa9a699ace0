# type(), vars() and dir() on simple objects (sorted or filtered output only).
class K(object):
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
print type(1), type(1L), type(1.0), type(""), type(u""), type([]), type(()), type({}), type(set()), type(None)
print type(K), type(K()), type(type), type(len), type(K.__init__), type(K().__init__), type(lambda: 0)
print sorted(vars(K()).items()), sorted(k for k in vars(K) if not k.startswith("__"))
print [n for n in dir(K()) if not n.startswith("__")], "append" in dir([]), "keys" in dir({})
T = type("T", (object,), {"x": 5})
print T, T.x, T.__name__, type(T()), T.__bases__
try:
    vars(1)
except TypeError as e:
    print e
