# NameError for an undefined global name inside a function (message says "global name").
def compute(x):
    return x + undefined_value

print "start"
print compute(1)
