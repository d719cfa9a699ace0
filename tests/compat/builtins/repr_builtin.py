# repr() of builtin values and backquotes.
vals = [1, -1L, 1.5, 1e100, 1j, "s", u"u", "it's", (), (1,), [], {}, None, True, set(), frozenset([1]),
        xrange(3), slice(1, 2), Ellipsis, NotImplemented, int, str, type, object, ValueError, ValueError("m"),
        KeyError("k"), Exception(), Exception(1, 2), bytearray("b")]
for v in vals:
    print repr(v), `v`
print `1 + 2`, `[1, 'a']`
