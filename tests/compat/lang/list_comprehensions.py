# List comprehensions: filters, nesting, and the loop variable leaks in 2.7.
print [x * x for x in range(6)]
print [x for x in range(10) if x % 2 if x > 3]
print [(x, y) for x in range(3) for y in "ab"]
print [[y for y in range(x)] for x in range(4)]
x = "before"
r = [x for x in "abc"]
print x, r
print [i for i in []], i if 'i' in dir() else "no i"
for_leak = [k * 2 for k in range(3)]
print k
print [a + b for a, b in [(1, 2), (3, 4)]]
print [c.upper() for c in "hi" if c != "i"]
