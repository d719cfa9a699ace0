from __future__ import unicode_literals, print_function
print("a", "b", sep=u"", end=b"")
x = "\u1234" + r"\u1234"
