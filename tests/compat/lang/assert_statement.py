# assert with and without messages; AssertionError contents.
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print "bare:", repr(str(e)), e.args
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print "msg:", e, e.args
try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print "tuple msg:", e, e.args
def check(x):
    assert x > 0, "x must be positive, got %d" % x
    return x
print check(5)
try:
    check(-1)
except AssertionError as e:
    print e
