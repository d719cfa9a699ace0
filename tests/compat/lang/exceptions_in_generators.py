# Exceptions raised inside generators propagate to the consumer; generator is finished.
def g():
    yield 1
    raise ValueError("inside generator")
    yield 2
it = g()
print next(it)
try:
    next(it)
except ValueError as e:
    print "caught", e
try:
    next(it)
except StopIteration:
    print "finished after exception"
def stops():
    yield 1
    raise StopIteration
    yield 2
print list(stops())
def gen_with_handler():
    for x in [1, 0, 2]:
        try:
            yield 10 / x
        except ZeroDivisionError:
            yield "div by zero"
print list(gen_with_handler())
