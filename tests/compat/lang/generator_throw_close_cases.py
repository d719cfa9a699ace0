# Generator throw()/close() corner cases: throw forms, finished and unstarted generators, re-entry.
def g():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print "caught KeyError", repr(e)
        yield "recovered"
    finally:
        print "finally runs"

it = g()
print next(it)
print it.throw(KeyError, "k")
try:
    next(it)
except StopIteration:
    print "stopped"

it = g()
next(it)
print it.throw(KeyError("inst"))
it.close()
print "closed after recovery"

it = g()
next(it)
try:
    it.throw(ValueError, ValueError("v"))
except ValueError as e:
    print "propagated", e
try:
    it.throw(KeyError, "again")
except KeyError as e:
    print "finished generator re-raises", e

it = g()
try:
    it.throw(TypeError("unstarted"))
except TypeError as e:
    print "unstarted", e
print list(it)

for bad in [(KeyError("x"), "value"), ("str",), (KeyError, None, "tb")]:
    it = g()
    next(it)
    try:
        it.throw(*bad)
    except TypeError as e:
        print "TypeError:", e
    it.close()

it = g()
it.close()
it.close()
print list(it)

def reenter():
    yield me.next()
me = reenter()
try:
    next(me)
except ValueError as e:
    print "ValueError:", e

def running():
    yield me2.gi_running
me2 = running()
print me2.gi_running, next(me2), me2.gi_running

def counter():
    n = 0
    while True:
        try:
            n += 1
            yield n
        except GeneratorExit:
            print "exit at", n
            return
c = counter()
print next(c), next(c)
c.close()
print list(c)

def swallow():
    try:
        yield 1
    except GeneratorExit:
        pass
    yield 2
s = swallow()
next(s)
try:
    s.close()
except RuntimeError as e:
    print "RuntimeError:", e

def raises_on_close():
    try:
        yield 1
    finally:
        raise IndexError("from finally")
r = raises_on_close()
next(r)
try:
    r.close()
except IndexError as e:
    print "close propagated", e
