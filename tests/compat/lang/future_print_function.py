# from __future__ import print_function: print() with sep, end and file.
from __future__ import print_function
import sys
print("a", "b", 1)
print("a", "b", sep="-", end="!\n")
print()
print("no newline", end="")
print(" continued")
print("to stderr", file=sys.stderr)
print(*[1, 2, 3], sep=", ")
p = print
p("via alias")
print((1, 2))
