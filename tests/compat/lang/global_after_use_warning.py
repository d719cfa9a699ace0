# A name assigned before its global declaration triggers a SyntaxWarning at compile time.
def f():
    x = 1
    global x
    return x
print f(), x
