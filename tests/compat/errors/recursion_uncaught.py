# Uncaught infinite recursion prints every frame (about 1000) and exits with status 1.
def down(n):
    return down(n + 1)
print "start"
down(0)
