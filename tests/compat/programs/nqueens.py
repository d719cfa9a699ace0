# N-Queens solver: counts and prints the first solution boards for n = 1..8.
def solve(n):
    solutions = []
    cols = [0] * n
    def place(row, used_cols, d1, d2):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if c in used_cols or (row + c) in d1 or (row - c) in d2:
                continue
            cols[row] = c
            place(row + 1, used_cols | set([c]), d1 | set([row + c]), d2 | set([row - c]))
    place(0, set(), set(), set())
    return solutions
for n in range(1, 9):
    sols = solve(n)
    print n, len(sols)
first = solve(6)[0]
for c in first:
    print " ".join("Q" if i == c else "." for i in range(6))
