# UnboundLocalError when a local is read before assignment.
total = 10
def add(n):
    total = total + n
    return total
add(5)
