[x for x in y for y in z if x if y]
[(x, y) for x in range(3) for y in range(x)]
[x for x in lambda: 1, 2]
[x for x in a if lambda: b]
(x for x in y if a for z in x)
(x for x in (lambda: y)() if not x)
{x: y for x in a for y in b if c}
{x for x in a if b if c}
[[x for x in y] for y in z]
[x
 for x
 in y]
sum(x for x in y)
x = [y for y in z], [w for w in v]
