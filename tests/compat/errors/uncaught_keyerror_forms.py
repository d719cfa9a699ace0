# KeyError formats its single argument with repr: a tuple key.
d = {(1, 2): "x"}
print d[(1, 2)]
print d[(2, 1)]
