# Catching the recursion-limit RuntimeError and reporting the depth reached.
import sys
print sys.getrecursionlimit()
def d(n):
    try:
        return d(n + 1)
    except RuntimeError:
        return n
print d(1)
def boom(n):
    return boom(n + 1)
try:
    boom(0)
except RuntimeError as e:
    print e
sys.setrecursionlimit(200)
print d(1)
