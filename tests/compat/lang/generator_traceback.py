# An exception raised deep inside a generator pipeline: traceback shows consumer and generator frames.
def numbers():
    for i in range(5):
        yield i

def inverse(seq):
    for x in seq:
        yield 10 / (3 - x)

def consume():
    total = 0
    for v in (y * 2 for y in inverse(numbers())):
        total += v
        print "got", v
    return total

print consume()
