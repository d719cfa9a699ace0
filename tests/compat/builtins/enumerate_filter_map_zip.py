# enumerate/filter/map/zip edge cases: return types, None function, unequal lengths.
print filter(None, "a\x00b"), type(filter(None, "ab")), filter(None, (1, 0)), type(filter(None, u"x"))
print map(None, [1, 2], [3]), map(None, "ab"), map(lambda x: x * 2, (1, 2)), map(ord, "ab")
print zip("abc", [1, 2], (True, False, None)), zip(*[(1, 2), (3, 4)]), zip("a", xrange(5))
print list(enumerate([], 5)), list(enumerate(iter("ab"), -1))
def gen():
    yield 1
    yield 2
print map(None, gen()), filter(lambda x: x - 1, gen()), zip(gen(), gen())
try:
    map(lambda x, y: x, [1], [2, 3])
except TypeError as e:
    print e
