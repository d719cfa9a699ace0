# With empty stdin, sys.stdin.read() is '' and raw_input raises EOFError.
import sys
print repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines()
try:
    raw_input()
except EOFError:
    print "EOFError"
raw_input("uncaught> ")
