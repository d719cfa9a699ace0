# compat: module
print "loading helper"
NAME = "helper"
def twice(x):
    return x * 2
