# An exception raised in a finally block replaces the pending one.
def f():
    try:
        raise ValueError("original")
    finally:
        print "cleaning up"
        {}["cleanup-key"]
f()
