# Generator send(), throw() and close() semantics.
def echo():
    received = None
    while True:
        try:
            received = yield received
            print "got", received
        except ValueError as e:
            print "caught", e
            received = "after error"
g = echo()
print g.send(None)
print g.send(1)
print g.send("two")
print g.throw(ValueError("boom"))
print g.send(3)
g.close()
try:
    g.send(4)
except StopIteration:
    print "closed generator raises StopIteration"
h = echo()
try:
    h.send(5)
except TypeError as e:
    print e
def closer():
    try:
        yield 1
    except GeneratorExit:
        print "GeneratorExit seen"
        raise
c = closer()
next(c)
c.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print e
def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("before start"))
except KeyError as e:
    print "propagated", e
