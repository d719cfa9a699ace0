# Subclassing builtins: list, dict, str, int overrides and which methods use them.
class L(list):
    def append(self, x):
        list.append(self, x * 10)
l = L([1, 2])
l.append(3)
l.extend([4])
print l, type(l).__name__, type(l + [5]).__name__, type(l[:1]).__name__
class D(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, str(v))
d = D(a=1)
d["b"] = 2
d.update(c=3)
print sorted(d.items()), type(d.copy()).__name__
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hi")
print s.shout(), type(s + "x").__name__, type(s.upper()).__name__, s == "hi", repr(s)
class I(int):
    def __add__(self, o):
        return I(int(self) + int(o) + 100)
print I(1) + 1, type(I(1) + 1).__name__, 1 + I(1), repr(I(5)), type(-I(5)).__name__
class F(float):
    pass
print F(1.5), repr(F(2.0)), F(1.5) * 2, type(F(1.5) * 2).__name__
