# cmp, coerce and divmod across numeric types.
print cmp(1, 2), cmp(2, 1), cmp(1, 1.0), cmp("a", "b"), cmp([1], [1, 2]), cmp(None, 0), cmp((1,), [1])
print coerce(1, 2.5), coerce(1L, 2), coerce(1, 1j), coerce(True, 3)
print divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20, 7)
for f in [lambda: coerce(1, "a"), lambda: divmod("a", 1), lambda: divmod(1, 0), lambda: divmod(1j, 1)]:
    try:
        print f()
    except Exception as e:
        print type(e).__name__, e
