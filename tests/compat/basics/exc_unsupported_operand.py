# TypeError for adding an int and a list inside a function.
def add(a, b):
    return a + b
print add(1, 2)
print add([1], [2])
print add(1, [2])
