# Dicts keyed by floats, tuples, frozensets and bools print in hash-slot order.
print {0.5: 1, 1.5: 2, -0.5: 3, 2.25: 4, 1e100: 5, 0.1: 6}
print {(1, 2): 1, (2, 1): 2, (1,): 3, (): 4, ("a", 1): 5, (1, (2, 3)): 6}
print {frozenset([1]): "a", frozenset(): "b", frozenset([1, 2]): "c"}
print {True: "t", False: "f", 2: "two", None if False else 3: "three"}
print {1.0: "a", 2: "b", 3L: "c", 4.5: "d", -1: "e"}
