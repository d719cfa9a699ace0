# contextlib.contextmanager: setup/teardown around yield, exception handling, nested().
from contextlib import contextmanager
@contextmanager
def tag(name):
    print "<%s>" % name
    try:
        yield name.upper()
    finally:
        print "</%s>" % name
with tag("a") as t:
    print "inside", t
try:
    with tag("b"):
        raise ValueError("inner error")
except ValueError as e:
    print "caught", e
@contextmanager
def suppress(*types):
    try:
        yield
    except types as e:
        print "suppressed", type(e).__name__
with suppress(KeyError):
    {}["x"]
print "continued"
with tag("x"), tag("y"):
    print "two managers"
