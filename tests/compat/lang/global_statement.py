# global declarations in functions, nested functions and loops.
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print counter
def make():
    global newname
    newname = "created"
make()
print newname
def outer():
    x = "local"
    def inner():
        global x
        x = "global from inner"
    inner()
    return x
print outer(), x
def multi():
    global a, b
    a, b = 1, 2
multi()
print a, b
def reader():
    return counter * 10
print reader()
