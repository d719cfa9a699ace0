# compat: module
"""Helper for import_basic.py."""
print "import_basic_helper executing, __name__ =", __name__
CONSTANT = 42
counter = 0
def greet(who):
    return "hello, " + who
def bump():
    global counter
    counter += 1
    return counter
