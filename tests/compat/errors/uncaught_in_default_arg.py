# An exception while evaluating a default argument value at def time.
def make():
    return {}["default"]
print "defining"
def f(x=make()):
    return x
