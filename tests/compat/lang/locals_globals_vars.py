# locals() and globals() contents (sorted), modification of globals().
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print f(1)
globals()["injected"] = "hello"
print injected
def g():
    x = 1
    l = locals()
    l["x"] = 99
    return x
print g()
print "f" in globals(), "a" in globals()
