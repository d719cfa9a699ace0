# print() as a function (from __future__ import print_function): sep, end, file, errors.
from __future__ import print_function
import sys
print("a", 1, 2.5, None)
print("x", "y", sep="-", end="!\n")
print()
print("no newline", end="")
print(" then", [1, (2, 3)], sep="|")
print("to stderr", file=sys.stderr)
print("sep None", "end None", sep=None, end=None)
class W(object):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("into", "object", file=w)
print(w.parts)
for kw in [{"sep": 1}, {"end": []}, {"foo": 1}]:
    try:
        print("x", **kw)
    except TypeError as e:
        print(type(e).__name__, e)
