# Mutual recursion and recursion over nested data.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print is_even(10), is_odd(7), is_even(7)
def flatten(x):
    if isinstance(x, list):
        out = []
        for i in x:
            out.extend(flatten(i))
        return out
    return [x]
print flatten([1, [2, [3, [4, []]], 5], [[6]]])
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print hanoi(3, "A", "B", "C", [])
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print ackermann(2, 3)
