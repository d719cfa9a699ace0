# More bytearray methods: slicing assignment, join, strip, startswith, translate, fromhex.
b = bytearray("  hello world  ")
print repr(b.strip()), repr(b.lstrip()), repr(b.rstrip()), b.startswith("  h"), b.endswith(" ")
b[2:7] = "HELLO"
print repr(b)
b[0:2] = []
print repr(b), repr(b[::-1]), repr(b * 2), repr(b + bytearray("!"))
print repr(bytearray(",").join(["a", "b"])), repr(bytearray.fromhex("41 42 43")), repr(b.title()), repr(b.capitalize())
print repr(b.partition(" ")), b.index("w"), repr(b.zfill(20)), repr(b.center(20, "*"))
c = bytearray("abc")
c += "def"
c *= 2
print repr(c), c.isalpha(), bytearray("12").isdigit(), len(c), c.decode("ascii")
c.remove(ord("a"))
print repr(c), 98 in c, "bc" in c
