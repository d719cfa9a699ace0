# chr, unichr, ord round trips and range errors.
print chr(65), repr(chr(0)), repr(chr(255)), ord("a"), ord("\xff"), ord(u"\u20ac"), repr(unichr(0x20ac))
print [chr(i) for i in range(97, 103)], "".join(map(chr, [72, 105]))
for f in [lambda: chr(256), lambda: chr(-1), lambda: unichr(0x110000), lambda: ord(""), lambda: ord("ab"), lambda: ord(1), lambda: chr("a")]:
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
