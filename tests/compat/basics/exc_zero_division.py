# Uncaught ZeroDivisionError after some output: traceback and exit status 1.
def ratio(a, b):
    return a / b

print ratio(10, 2)
print ratio(1, 0)
print "not reached"
