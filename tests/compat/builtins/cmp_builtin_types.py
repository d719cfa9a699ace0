# cmp() across builtin types and the result range.
pairs = [(1, 2), (2, 2), (3, 2), ("a", "b"), ([1, 2], [1, 3]), ((1,), (1,)), (1.5, 1), (None, 0), (0, None),
         ("", []), ({}, []), (u"a", "a"), (1L, 1), (2 ** 70, 2 ** 69), (set(), set()), (True, 1)]
for a, b in pairs:
    try:
        print repr(a), repr(b), cmp(a, b)
    except TypeError as e:
        print repr(a), repr(b), "TypeError", e
