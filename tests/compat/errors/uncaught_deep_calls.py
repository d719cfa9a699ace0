# Traceback through five levels of calls lists every frame outermost first.
def l1(x):
    return l2(x) + 1
def l2(x):
    return l3(x) * 2
def l3(x):
    y = x - 1
    return l4(y)
def l4(y):
    return l5([y])
def l5(lst):
    return lst[5]
print "before"
print l1(3)
