# Mandelbrot set over a grid: chains of float arithmetic, float comparisons
# and int/float mixing in a tight while loop (no containers in the hot path).


def escape_time(cr, ci, limit):
    zr = zi = 0.0
    n = 0
    while n < limit:
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        if zr * zr + zi * zi > 4.0:
            return n
        n += 1
    return limit


def render(width, height, limit):
    inside = 0
    total = 0
    rows = []
    for y in xrange(height):
        ci = 2.0 * y / height - 1.0
        row = []
        for x in xrange(width):
            n = escape_time(3.0 * x / width - 2.0, ci, limit)
            total += n
            if n == limit:
                inside += 1
            row.append(' .:-=+*#%@'[n * 9 // limit])
        rows.append(''.join(row))
    return inside, total, rows


inside, total, rows = render(120, 80, 1500)
print inside, total
for r in rows[::8]:
    print r
