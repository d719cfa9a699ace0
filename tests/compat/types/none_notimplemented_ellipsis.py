# None, NotImplemented and Ellipsis: reprs, types, truthiness, comparisons.
print None, repr(None), type(None), NotImplemented, type(NotImplemented), Ellipsis, type(Ellipsis)
print bool(None), bool(NotImplemented), bool(Ellipsis), None == None, None is None, None == 0
print None < 0, None < -10 ** 30, None < "", None > None, cmp(None, None)
print [None], (None, None), {None: None}, str(None), [Ellipsis]
print (1).__add__("x"), "a".__eq__(1), "a".__lt__(1), (1).__coerce__("x")
for f in [lambda: None + 1, lambda: None(), lambda: None.foo, lambda: None[0], lambda: len(None), lambda: iter(None)]:
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
