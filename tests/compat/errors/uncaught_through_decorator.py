# Traceback through a decorator's wrapper function.
def logged(f):
    def wrapper(*args):
        print "calling", f.__name__, args
        return f(*args)
    return wrapper
@logged
def divide(a, b):
    return a / b
print divide(6, 3)
print divide(1, 0)
