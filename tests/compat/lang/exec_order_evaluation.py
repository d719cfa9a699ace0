# Evaluation order: call arguments, binary operands, assignment, subscripts, dict displays.
def v(x):
    print "eval", x
    return x
v(1) + v(2) * v(3)
print v("f")(v("a"), v("b")) if False else "skip"
d = {}
d[v("key")] = v("value")
l = [v(1), v(2)]
dd = {v("k1"): v("v1"), v("k2"): v("v2")}
v([0])[v(0)] = v("rhs")
a, b = v(1), v(2)
print [v(i) for i in range(2)]
def w(*a):
    return a
print v("w") and w(v(1), *[v(2)])
