# Count characters of a string in a dict and print in sorted and table order.
counts = {}
for c in "mississippi river":
    counts[c] = counts.get(c, 0) + 1
print counts
for k in sorted(counts):
    print [k], counts[k]
print max(counts.values()), min(counts.values())
