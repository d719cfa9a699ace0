# and/or return one of their operands; not returns bool; short-circuit evaluation.
def v(x):
    print "eval", repr(x)
    return x
print 1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or [] or None, "a" and "b" and "c"
print not 0, not [1], not None, type(not 1).__name__
print v(0) and v(1)
print v(1) or v(2)
print v([]) or v(0) or v("last")
print (1 and [2]) or 3, None or {}, 0 or 0.0
x = []
y = x or ["default"]
print y
print 1 < 2 and 2 < 3, 1 == 1 or 1 / 0
