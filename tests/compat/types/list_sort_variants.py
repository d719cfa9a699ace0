# list.sort and sorted with key, cmp, reverse; sort is stable.
words = ["pear", "Fig", "apple", "kiwi", "Banana", "date"]
print sorted(words)
print sorted(words, key=len)
print sorted(words, key=str.lower)
print sorted(words, key=len, reverse=True)
print sorted(words, cmp=lambda a, b: cmp(len(a), len(b)))
print sorted(words, cmp=lambda a, b: cmp(b, a))
print sorted(words, lambda a, b: cmp(a.lower(), b.lower()))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, reverse=True)
x = [3, 1, 2]
x.sort(reverse=True); print x
x.sort(key=lambda v: -v, reverse=True); print x
print sorted([2.5, 1, 3L, -1, True]), sorted([]), sorted((3, 2, 1)), sorted({'b': 1, 'a': 2})
try:
    [1, 2].sort(key=1)
except TypeError as e:
    print e
