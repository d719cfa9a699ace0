# Order of **kwargs dicts: plain calls insert in source order, f(**d) in d's order, dict(...) reversed.
def kw(**k):
    return k
print kw(red=0, green=1, blue=2, cyan=3, magenta=4, yellow=5, black=6, white=7, orange=8, purple=9, pink=10)
print dict(red=0, green=1, blue=2, cyan=3, magenta=4, yellow=5, black=6, white=7, orange=8, purple=9, pink=10)
d = {}
for i, k in enumerate(["red", "green", "blue", "cyan", "magenta", "yellow", "black", "white", "orange", "purple", "pink"]):
    d[k] = i
print d
print kw(**d)
print kw(*[], **d)
print kw(z=1, **{"a": 2, "m": 3})
def mixed(a, **k):
    return k
print mixed(1, q=1, w=2, e=3, r=4, t=5, y=6)
