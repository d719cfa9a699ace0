# Recursive generators: tree walking and permutations.
def walk(tree, depth=0):
    name, children = tree
    yield depth, name
    for c in children:
        for item in walk(c, depth + 1):
            yield item
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
for depth, name in walk(tree):
    print "  " * depth + name
def perms(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + p
print list(perms("abc")), len(list(perms([1, 2, 3, 4])))
