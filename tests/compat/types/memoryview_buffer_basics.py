# memoryview and buffer over str and bytearray: len, items, slices, tobytes, tolist.
m = memoryview("hello")
print len(m), m[0], m[-1], m[1:3].tobytes(), m.tobytes(), m.tolist()[:2], m == "hello", m.readonly
b = bytearray("abc")
mb = memoryview(b)
print mb.tobytes(), mb.readonly, len(mb)
buf = buffer("hello world", 6)
print str(buf), len(buf), buf[0], buf[1:3], str(buffer("hello", 1, 2))
for f in [lambda: memoryview(5), lambda: m[10], lambda: buffer([])]:
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
