# try/except/else/finally execution order in normal and exceptional paths.
def t(n):
    try:
        print "try", n
        if n == 1:
            raise ValueError("v")
        if n == 2:
            raise KeyError("k")
        if n == 3:
            return "returned from try"
    except ValueError as e:
        print "except ValueError", e
    except (KeyError, IndexError) as e:
        print "except tuple", type(e).__name__
    else:
        print "else"
    finally:
        print "finally"
    return "end"
for n in range(4):
    print t(n)
def f2():
    try:
        return "try"
    finally:
        print "finally overrides?"
        return "finally wins"
print f2()
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed by return in finally"
print f3()
try:
    try:
        raise ValueError("inner")
    finally:
        print "inner finally"
except ValueError as e:
    print "outer caught", e
try:
    pass
except:
    print "no"
else:
    print "else without exception"
