# raw_input() reads lines from stdin (this test's .in file); EOFError at end.
name = raw_input()
print "name:", repr(name)
age = raw_input("prompt> ")
print "age:", int(age) + 1
import sys
rest = sys.stdin.readline()
print "readline:", repr(rest)
print "remaining lines:", sys.stdin.readlines()
try:
    raw_input("last? ")
except EOFError as e:
    print "EOFError", repr(str(e))
