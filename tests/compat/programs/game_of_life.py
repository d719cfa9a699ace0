# Conway's Game of Life on a small torus, printed for several generations.
def step(cells, w, h):
    new = set()
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % w, (y + dy) % h)
                    counts[k] = counts.get(k, 0) + 1
    for k, n in counts.items():
        if n == 3 or (n == 2 and k in cells):
            new.add(k)
    return new
def show(cells, w, h):
    for y in range(h):
        print "".join("#" if (x, y) in cells else "." for x in range(w))
    print
glider = set([(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)])
cells = glider
for gen in range(4):
    print "generation", gen, len(cells)
    show(cells, 8, 6)
    cells = step(cells, 8, 6)
for _ in range(40):
    cells = step(cells, 8, 6)
print sorted(cells)
