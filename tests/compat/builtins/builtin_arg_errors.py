# Argument-count and keyword errors of builtin functions and types, which
# follow 2.7's three parsers (METH_O, PyArg_UnpackTuple, ParseTupleAndKeywords).
import __builtin__
def t(label, f):
    try:
        print label, repr(f())
    except Exception as e:
        print label, type(e).__name__, e
for name in ["delattr", "divmod", "getattr", "hasattr", "isinstance", "issubclass", "next", "setattr",
             "raw_input", "intern", "chr", "unichr", "format", "sorted", "round", "bool", "int", "long",
             "tuple", "super", "buffer", "memoryview", "len", "cmp", "filter"]:
    fn = getattr(__builtin__, name)
    t(name + "()", lambda: fn())
    t(name + "(1..6)", lambda: fn(1, 2, 3, 4, 5, 6))
    t(name + "(1, foo=2)", lambda: fn(1, foo=2))
t("intern(None)", lambda: intern(None))
t("__import__(None)", lambda: __import__(None))
t("super(None)", lambda: super(None))
t("int('ff', base=16)", lambda: int("ff", base=16))
t("int(x='7')", lambda: int(x="7"))
t("int(base=2)", lambda: int(base=2))
t("long(x='7')", lambda: long(x="7"))
t("long(None)", lambda: long(None))
t("bool(x=1)", lambda: bool(x=1))
t("tuple(sequence='ab')", lambda: tuple(sequence="ab"))
t("memoryview(object='ab')", lambda: memoryview(object="ab").tobytes())
t("round(number=2.5)", lambda: round(number=2.5))
t("round(2.5, number=1)", lambda: round(2.5, number=1))
t("round([], foo=1)", lambda: round([], foo=1))
t("round(1.5, 1.0)", lambda: round(1.5, 1.0))
t("round(1.5, 2**70)", lambda: round(1.5, 2 ** 70))
t("sorted(iterable=[2, 1])", lambda: sorted(iterable=[2, 1]))
t("sorted([1], reverse='x')", lambda: sorted([1], reverse="x"))
t("sorted([1], reverse=2**40)", lambda: sorted([1], reverse=2 ** 40))
t("sorted([2, 1], None, None, 1)", lambda: sorted([2, 1], None, None, 1))
t("buffer('abc', 'x')", lambda: buffer("abc", "x"))
