# Deeply recursive generators: a tree walk, a 900-level chain, and recursion overflow inside a generator.
import sys

def tree(depth):
    if depth == 0:
        return None
    return (tree(depth - 1), depth, tree(depth - 1))

def walk(t):
    if t is not None:
        left, value, right = t
        for v in walk(left):
            yield v
        yield value
        for v in walk(right):
            yield v

print sum(walk(tree(12))), len(list(walk(tree(10))))

def chain(n):
    if n == 0:
        yield 0
        return
    for v in chain(n - 1):
        yield v + 1

print list(chain(900))

def deep_list(n):
    yield n
    if n < 400:
        for v in deep_list(n + 1):
            yield v
print sum(deep_list(0))

def runaway(n):
    return runaway(n + 1)

def gen_recurses():
    try:
        runaway(0)
    except RuntimeError as e:
        yield str(e)
print list(gen_recurses())

def too_deep(n):
    for v in too_deep(n + 1):
        yield v
    yield n
try:
    list(too_deep(0))
except RuntimeError as e:
    print "RuntimeError", e
print sys.getrecursionlimit()
