# Uncaught KeyError with an int key.
squares = {1: 1, 2: 4, 3: 9}
print squares[3]
print squares[4]
