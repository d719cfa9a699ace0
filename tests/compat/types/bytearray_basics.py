# bytearray: construction, mutation, methods, repr.
b = bytearray("hello")
print b, repr(b), len(b), b[0], b[1:3], list(b[:2])
b[0] = 74
b.append(33)
b.extend(" ok")
print repr(b), str(b)
b.insert(0, 62); print repr(b), b.pop(), repr(b)
print repr(bytearray(3)), repr(bytearray([65, 66])), repr(bytearray()), bytearray("ab") == "ab"
print repr(b.upper()), b.find("l"), b.count("l"), repr(b.replace("l", "L")), repr(b.split())
b.reverse(); print repr(b)
del b[0:2]; print repr(b)
print repr(bytearray("a b").decode("ascii")), repr(bytearray(u"\xe9", "utf-8"))
for f in [lambda: b.__setitem__(0, 256), lambda: b.__setitem__(0, "x"), lambda: hash(b), lambda: bytearray("x").remove(1)]:
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
