# Builtin types' special methods as attributes (slot wrappers): called unbound
# on subclass instances, bound through instances, and their errors.
class L(list):
    def __init__(self, items, tag):
        list.__init__(self, items)
        self.tag = tag
    def __len__(self):
        return list.__len__(self) * 10
l = L([1, 2], "t")
print l, len(l), list.__len__(l), l.tag, list.__getitem__(l, 1)
class D(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k.upper(), v)
    def __getitem__(self, k):
        return dict.__getitem__(self, k.upper())
d = D()
d["a"] = 1
print d, d["A"], d["a"], dict.__contains__(d, "A")
print list.__len__, object.__init__, int.__add__
print int.__add__(3, 4), (3).__add__(4), int.__radd__(3, 4), str.__len__("abc"), "ab".__mul__(2)
print object.__repr__(l)[:12], object.__str__(5), type(object.__hash__(l)).__name__
print list.__hash__, dict.__hash__ is None, tuple.__hash__((1,)) == hash((1,))
for f, args in [(list.__len__, (5,)), (list.__len__, ()), (int.__add__, ("x", 1))]:
    try:
        f(*args)
    except TypeError as e:
        print e
print int.__add__(1, "x"), float.__lt__(1.0, 2.0)
class I(int):
    pass
print int.__new__(I, 7), type(int.__new__(I, 7)).__name__
for args in [(I,), (int,), (5,), (L, [1])]:
    try:
        object.__new__(*args)
    except TypeError as e:
        print e
try:
    int.__new__(str)
except TypeError as e:
    print e
