# A recursive pretty-printer for nested data with sorted keys and repr'd scalars.
def pretty(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        parts = ["%s  %r: %s" % (pad, k, pretty(v[k], indent + 1)) for k in sorted(v)]
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]" if isinstance(v, list) else "()"
        inner = ", ".join(pretty(x, indent + 1) for x in v)
        return ("[%s]" if isinstance(v, list) else "(%s)") % inner
    return repr(v)
data = {"name": "pytrans", "version": (0, 1), "tags": ["compiler", u"python", 2.7],
        "deps": {}, "limits": {"depth": 1000, "ratio": 0.1, "big": 2 ** 70},
        "nested": [{"a": None, "b": [True, False]}, []]}
print pretty(data)
print data
