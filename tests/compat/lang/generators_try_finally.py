# yield inside try/finally: finally runs on exhaustion and on close() (not timed by refcounts here).
def g():
    try:
        yield 1
        yield 2
    finally:
        print "finally in generator"
for x in g():
    print x
it = g()
for x in it:
    print x
    break
print "after break"
it.close()
print "closed explicitly"
gen = g()
next(gen)
gen.close()
print "after close"
def running():
    yield me.next()
me = running()
try:
    next(me)
except ValueError as e:
    print e
def nested():
    try:
        try:
            yield "a"
        finally:
            print "inner"
    finally:
        print "outer"
print list(nested())
