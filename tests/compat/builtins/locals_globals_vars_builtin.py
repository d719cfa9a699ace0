# globals(), locals() and vars() at module level are the same dict.
x = 1
print globals() is locals(), vars() is globals(), "x" in vars()
def f(a):
    b = 2
    return sorted(vars().keys()), sorted(locals())
print f(1)
class K(object):
    k = 1
    print sorted(n for n in locals() if not n.startswith("__"))
print sorted(n for n in vars(K) if not n.startswith("__"))
