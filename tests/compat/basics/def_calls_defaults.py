# Functions with positional and default arguments, return values.
def add(a, b):
    return a + b

def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

def nothing():
    pass

def early(x):
    if x > 0:
        return "positive"
    return

print add(2, 3), add("a", "b"), add([1], [2])
print greet("Ann")
print greet("Bob", "Hi")
print greet("Cy", "Yo", "?")
print nothing()
print early(1), early(-1)
