# list.sort edge cases: stability, key called once, mutation during sort, mixed types.
data = [(2, "b"), (1, "a"), (2, "a"), (1, "b"), (0, "z")]
print sorted(data, key=lambda t: t[0])
calls = []
def key(x):
    calls.append(x)
    return -x
print sorted([3, 1, 2], key=key), calls
a = [3, 2, 1]
def bad_key(x):
    a.append(x)
    return x
try:
    a.sort(key=bad_key)
except ValueError as e:
    print e
print sorted([[2], [1, 5], [1], []]), sorted(["b", "A", "a", "B"]), sorted([-1, -1.5, 2L, 0])
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print s[:10], s[-5:], s == sorted(big, reverse=True)[::-1]
print sorted(range(10), key=lambda x: x % 3), sorted(range(10), key=lambda x: x % 3, reverse=True)
