# Generator expressions: the first iterable is evaluated immediately, the rest lazily.
def src(name, items):
    print "evaluating", name
    return items
g = (x + y for x in src("outer", [1, 2]) for y in src("inner", [10]))
print "genexp created"
print list(g)
n = 1
g2 = (x * n for x in range(3))
n = 100
print list(g2)
try:
    g3 = (x for x in 5)
except TypeError as e:
    print "immediate:", e
