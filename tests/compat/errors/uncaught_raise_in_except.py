# Raising inside an except block shows only the new exception (no chaining in 2.7).
def f():
    try:
        {}["key"]
    except KeyError:
        raise RuntimeError("lookup failed")
f()
