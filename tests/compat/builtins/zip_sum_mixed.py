# Mixing builtins: zip with dict, sum of generator, dict from zip.
keys = ["one", "two", "three"]
vals = [1, 2, 3]
d = dict(zip(keys, vals))
print d, sorted(d.items())
print sum(v * v for v in vals), dict(zip("abc", range(3))), zip(*zip(keys, vals))
print [k for k, v in sorted(d.items(), key=lambda kv: -kv[1])]
