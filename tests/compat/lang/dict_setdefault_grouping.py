# Grouping with setdefault and counting with get: printed dict orders.
words = "apple avocado banana blueberry cherry cranberry date".split()
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print groups
lengths = {}
for w in words:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
print lengths
print sorted(groups.items(), key=lambda kv: -len(kv[1]))
