# list methods with negative/large indexes and start/stop arguments.
a = list("abcabc")
print a.index("c", -3), a.index("a", 1, 4), a.count("b")
a.insert(-100, "START"); a.insert(100, "END"); print a
print a.pop(-1), a.pop(-len(a)), a
for args in [("c", 3, 4), ("z",), ("a", 10)]:
    try:
        print a.index(*args)
    except ValueError as e:
        print e
b = [1, 2, 3]
b[len(b):] = [4]
b[:0] = [0]
b.extend(b)
print b, b.count(0)
c = [[1], [1]]
c.remove([1]); print c
print [1, 2] * 3 == [1, 2, 1, 2, 1, 2], list(reversed(b)), b[::-1] == list(reversed(b))
