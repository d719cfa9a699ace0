# Exact determinants and inverses with fractions.Fraction via Gaussian elimination.
from fractions import Fraction
def det(m):
    m = [[Fraction(x) for x in row] for row in m]
    n = len(m)
    d = Fraction(1)
    for c in range(n):
        p = next((r for r in range(c, n) if m[r][c] != 0), None)
        if p is None:
            return Fraction(0)
        if p != c:
            m[c], m[p] = m[p], m[c]
            d = -d
        d *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            m[r] = [a - f * b for a, b in zip(m[r], m[c])]
    return d
print det([[1, 2], [3, 4]]), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1, 2], [2, 4]])
h = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
print det(h), float(det(h))
print Fraction(1, 3) + Fraction(1, 6), Fraction(3, 4) * 2, Fraction("0.125"), Fraction(1.5), repr(Fraction(2, 4))
print sum(Fraction(1, n) for n in range(1, 11)), Fraction(7, 3).limit_denominator(2)
