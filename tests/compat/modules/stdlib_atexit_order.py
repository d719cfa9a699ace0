# atexit: handlers run newest first with their arguments; register returns the function.
import atexit, sys

def show(*args, **kwargs):
    print "show", args, sorted(kwargs.items())

@atexit.register
def decorated():
    print "decorated", sys.exc_info()

print atexit.register(show, 1, 2, key="v") is show
atexit.register(show)
atexit.register(sys.stdout.write, "written last-registered, so first\n")
print "main done"
