# except clause matching: subclasses, tuples, order, bare except, as-binding, old syntax.
class MyErr(ValueError):
    pass
def raise_it(e):
    try:
        raise e
    except MyErr as x:
        return "MyErr %s" % x
    except ValueError as x:
        return "ValueError %s" % x
    except (KeyError, IndexError), x:
        return "tuple %s %s" % (type(x).__name__, x)
    except:
        return "bare"
print raise_it(MyErr("a")), raise_it(ValueError("b")), raise_it(KeyError("c"))
print raise_it(IndexError("d")), raise_it(TypeError("e")), raise_it(StopIteration)
try:
    raise MyErr("m")
except Exception as e:
    print isinstance(e, ValueError), isinstance(e, StandardError), isinstance(e, BaseException)
try:
    raise KeyboardInterrupt
except Exception:
    print "not here"
except BaseException as e:
    print "BaseException caught", type(e).__name__
e = "outer"
try:
    raise ValueError("bound")
except ValueError as e:
    pass
print e
print [c.__name__ for c in MyErr.__mro__]
