# Building a multiplication table as a list of lists and printing it row by row.
table = []
for i in range(1, 6):
    row = []
    for j in range(1, 6):
        row.append(i * j)
    table.append(row)
for row in table:
    print row
print table[2][3], len(table), sum(table[4])
flat = []
for row in table:
    for v in row:
        flat.append(v)
print len(flat), max(flat), min(flat), sorted(flat)[-5:]
