# memoryview slices share their bytearray and write through; buffer is
# read-only, and buffer + x / buffer * n make a str.
def t(label, f):
    try:
        print label, repr(f())
    except Exception as e:
        print label, type(e).__name__, e
m = memoryview(bytearray("abcdef"))
s = m[1:4]
def a():
    s[0] = "Z"
    return m.tobytes(), s.tobytes()
t("item", a)
def b():
    s[0:2] = "QR"
    return m.tobytes()
t("slice", b)
def c():
    s[0:2] = "Q"
t("size", c)
def d():
    del s[0]
t("del", d)
def e():
    s[::2] = "ab"
t("step", e)
def f():
    s["a"] = "b"
t("key", f)
def g():
    s[5] = "b"
t("range", g)
def h():
    s[1] = 5
t("int value", h)
def i():
    memoryview("abc")[0] = "z"
t("read-only", i)
def j():
    buffer("ab")[0] = "x"
t("buffer", j)
t("attrs", lambda: (m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.format, m.readonly))
t("tolist", lambda: s.tolist())
t("m[::2]", lambda: m[::2])
t("buffer + str", lambda: buffer("abc", 1) + "z")
t("buffer + bytearray", lambda: buffer("ab") + bytearray("c"))
t("buffer + 1", lambda: buffer("ab") + 1)
t("buffer * 2", lambda: buffer("ab") * 2)
t("2 * buffer", lambda: 2 * buffer("ab"))
t("buffer * -1", lambda: buffer("ab") * -1)
