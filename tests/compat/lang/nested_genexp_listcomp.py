# Nested comprehensions and generator expressions with conditions at each level.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print [row[i] for i in range(3) for row in matrix]
print [[row[i] for row in matrix] for i in range(3)]
print [x for row in matrix if sum(row) > 6 for x in row if x % 2]
print sum(sum(x for x in row) for row in matrix)
print dict((k, [v for v in range(k)]) for k in range(4))
print {k: {v for v in range(k)} for k in range(3)}
print list((x, y) for x in range(3) if x for y in range(x))
